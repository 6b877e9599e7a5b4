import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import { explainOverlap } from '../../../shared/network/explainOverlap';
import { filterNetwork, NO_FILTERS } from '../../../shared/network/filters';
import type { NetworkView } from '../../../shared/network/network';
import type { NetworkScreenView as ScreenKind } from '../../../shared/schemas/meeting';
import { openOverlaps } from './graph/elements';
import { ScreenGraph } from './graph/ScreenGraph';

/** Open overlaps listed by name: more do not stay readable on the wall. */
const OVERLAPS_SHOWN = { large: 3, small: 5 } as const;

/**
 * The wijknetwerk as an agenda item shows it: the drawing, how many parties and initiatives, and the
 * overlaps still to discuss. `large` is the room screen (1920 px, read from the back of the room),
 * `small` a phone or the console.
 */
export function NetworkScreenView({
  view,
  show,
  size,
}: {
  view: NetworkView;
  show: ScreenKind;
  size: 'large' | 'small';
}) {
  const { t, i18n } = useTranslation();
  const open = useMemo(() => openOverlaps(view, filterNetwork(view, NO_FILTERS)), [view]);
  const names = useMemo(() => new Map(view.initiatives.map((i) => [i.id, i])), [view.initiatives]);
  const lang = languageOf(i18n.language);
  const listed = open.slice(0, OVERLAPS_SHOWN[size]);
  return (
    <div className={`network-screen network-screen--${size}`}>
      <div className="network-screen__drawing">
        <Drawing view={view} show={show} size={size} />
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

/**
 * THE place where the agenda item's drawing is chosen. `kaart` shows the graph until the wijk map
 * (client/features/network/map) is merged: then render the map component in the `kaart` case.
 */
function Drawing({ view, show, size }: { view: NetworkView; show: ScreenKind; size: 'large' | 'small' }) {
  switch (show) {
    case 'kaart':
      // TODO(net-map): replace with the map component, e.g. <NetworkMapScreen view={view} size={size} />.
      return <ScreenGraph view={view} size={size} />;
    case 'graaf':
      return <ScreenGraph view={view} size={size} />;
  }
}
