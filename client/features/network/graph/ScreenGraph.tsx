import './graph.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FilteredNetwork, filterNetwork, NO_FILTERS } from '../../../../shared/network/filters';
import type { NetworkView } from '../../../../shared/network/network';
import { useGraph } from './useGraph';

/** Label size in CSS pixels on the room screen (at 1920 px wide: read from the back of the room). */
const SCREEN_LABEL_PX = 30;
/** On a phone or the console, names stay readable (12 px) while the network is small enough to show them all. */
const SMALL_LABEL_PX = 12;
const SMALL_NAMED_MAX = 60;

/**
 * The whole network drawn to be looked at, not used: the room screen (large labels) and a phone or
 * console following a meeting (small). No zoom, pan or selection; the network page is for that.
 */
export function ScreenGraph({ view, size }: { view: NetworkView; size: 'large' | 'small' }) {
  const { t } = useTranslation();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const shown: FilteredNetwork = useMemo(() => filterNetwork(view, NO_FILTERS), [view]);
  const { state, drawn } = useGraph({
    container,
    scale: size === 'large' ? 2 : 1,
    view,
    shown,
    selectedId: null,
    onSelect: null,
    labelPx:
      size === 'large'
        ? SCREEN_LABEL_PX
        : view.parties.length + view.initiatives.length <= SMALL_NAMED_MAX
          ? SMALL_LABEL_PX
          : null,
  });
  return (
    <div className={`screen-graph screen-graph--${size}`}>
      <div
        ref={setContainer}
        className="screen-graph__canvas"
        role="img"
        aria-label={t('networkGraph.summary', {
          parties: view.parties.length,
          initiatives: view.initiatives.length,
          overlaps: view.overlaps.length,
        })}
        data-state={state}
        data-node-count={drawn}
      />
      {state === 'failed' && <p className="network-graph__status">{t('networkGraph.failed')}</p>}
    </div>
  );
}
