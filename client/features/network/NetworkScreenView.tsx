import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import { explainOverlap } from '../../../shared/network/explainOverlap';
import { filterNetwork, NO_FILTERS } from '../../../shared/network/filters';
import type { NetworkView } from '../../../shared/network/network';
import type { NetworkScreenView as ScreenKind } from '../../../shared/schemas/meeting';
import { openOverlaps } from './graph/elements';
import { NetworkGraph } from './graph/NetworkGraph';
import { ScreenGraph } from './graph/ScreenGraph';
import { NetworkMap } from './map/NetworkMap';

/** Open overlaps listed by name: more do not stay readable on the wall. */
const OVERLAPS_SHOWN = { screen: 3, console: 5, participant: 5 } as const;

/** Where the agenda item is shown: the room screen, the facilitator's console, a member's phone or laptop. */
export type NetworkShownOn = 'screen' | 'console' | 'participant';

/**
 * The wijknetwerk as an agenda item shows it: the drawing, how many parties and initiatives, and the
 * overlaps still to discuss. The room screen draws it large (1920 px, read from
 * the back of the room); the console can explore it (click a node to see what it is); a phone only
 * looks, so a finger scrolls the page instead of being caught by the drawing.
 */
export function NetworkScreenView({
  view,
  show,
  on,
}: {
  view: NetworkView;
  show: ScreenKind;
  on: NetworkShownOn;
}) {
  const { t, i18n } = useTranslation();
  const open = useMemo(() => openOverlaps(view, filterNetwork(view, NO_FILTERS)), [view]);
  const names = useMemo(() => new Map(view.initiatives.map((i) => [i.id, i])), [view.initiatives]);
  const lang = languageOf(i18n.language);
  const listed = open.slice(0, OVERLAPS_SHOWN[on]);
  return (
    <div className={`network-screen network-screen--${on === 'screen' ? 'large' : 'small'}`}>
      <div className="network-screen__drawing">
        <Drawing view={view} show={show} on={on} />
      </div>
      <div className="network-screen__facts">
        <ul className="network-screen__counts">
          <li>{t('networkGraph.screen.parties', { count: view.parties.length })}</li>
          <li>{t('networkGraph.screen.initiatives', { count: view.initiatives.length })}</li>
          <li className={open.length > 0 ? 'network-screen__warn' : undefined}>
            {t('networkGraph.screen.openOverlaps', { count: open.length })}
          </li>
        </ul>
        {listed.length > 0 ? (
          <section className="network-screen__overlaps" aria-label={t('networkGraph.screen.overlapsTitle')}>
            <p className="network-screen__label">{t('networkGraph.screen.overlapsTitle')}</p>
            <ul>
              {listed.map((o) => {
                const x = explainOverlap(o, names, lang);
                return (
                  <li key={`${o.a}.${o.b}`}>
                    <span className="network-screen__pair">
                      {names.get(o.a)?.name ?? o.a} <span aria-hidden="true">↔</span>{' '}
                      <span className="visually-hidden">{t('networkGraph.screen.and')}</span>{' '}
                      {names.get(o.b)?.name ?? o.b}
                    </span>
                    {x.sentences[0] && <span className="network-screen__why">{x.sentences[0]}</span>}
                  </li>
                );
              })}
            </ul>
            {open.length > listed.length && (
              <p>{t('networkGraph.screen.moreOverlaps', { count: open.length - listed.length })}</p>
            )}
          </section>
        ) : (
          <p>{t('networkGraph.screen.noOverlaps')}</p>
        )}
      </div>
    </div>
  );
}

/** The agenda item's drawing: the graph, or the wijk map (without its page's drawing tools). */
function Drawing({ view, show, on }: { view: NetworkView; show: ScreenKind; on: NetworkShownOn }) {
  switch (show) {
    case 'kaart':
      return <MapFor view={view} on={on} />;
    case 'graaf':
      return <GraphFor view={view} on={on} />;
  }
}

function GraphFor({ view, on }: { view: NetworkView; on: NetworkShownOn }) {
  return on === 'console' ? (
    <ExplorableGraph view={view} />
  ) : (
    <ScreenGraph view={view} size={on === 'screen' ? 'large' : 'small'} />
  );
}

function MapFor({ view, on }: { view: NetworkView; on: NetworkShownOn }) {
  const shown = useMemo(() => filterNetwork(view, NO_FILTERS), [view]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <NetworkMap
      view={view}
      shown={shown}
      selectedId={selectedId}
      onSelect={setSelectedId}
      presentation="meeting"
      pointScale={on === 'screen' ? 2.5 : 1}
    />
  );
}

/** The page's graph (zoom, click a node) with the name of what was clicked. */
function ExplorableGraph({ view }: { view: NetworkView }) {
  const { t } = useTranslation();
  const shown = useMemo(() => filterNetwork(view, NO_FILTERS), [view]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected =
    view.parties.find((p) => p.id === selectedId) ??
    view.initiatives.find((i) => i.id === selectedId) ??
    null;
  return (
    <>
      <NetworkGraph view={view} shown={shown} selectedId={selectedId} onSelect={setSelectedId} />
      <p className="network-screen__selected" aria-live="polite">
        {selected
          ? t('networkGraph.screen.selected', { name: selected.name })
          : t('networkGraph.screen.selectHint')}
      </p>
    </>
  );
}
