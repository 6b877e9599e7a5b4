import './graph.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useOptionalWerkgroep } from '../../werkgroep/WerkgroepContext';
import type { NetworkViewProps } from '../viewProps';
import { drawnKind } from './elements';
import { fitVisible, zoomBy } from './graphCore';
import { Legend } from './Legend';
import { useGraph } from './useGraph';

/**
 * The search parameter and value that open the table view of the network page. The canvas cannot
 * be used by keyboard, so the graph points to the table, which shows the same and can.
 */
export const VIEW_PARAM = 'weergave';
export const TABLE_VIEW = 'tabel';

const ZOOM_STEP = 1.3;

/**
 * The wijknetwerk as an interactive graph: parties and initiatives as shapes, relations as lines, the
 * wijkcoalitie outlined, flagged overlaps as red dashed lines. Only what the filters leave is drawn;
 * filtering hides and shows without moving anything. Click or tap a node to open it.
 */
export function NetworkGraph({ view, shown, selectedId, onSelect }: NetworkViewProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const legendId = useId();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const { cy, state, drawn } = useGraph({ container, scale: 1, view, shown, selectedId, onSelect });
  const kinds = useMemo(() => new Set(shown.parties.map((p) => drawnKind(p.kind))), [shown.parties]);
  const werkgroepId = useOptionalWerkgroep()?.detail.werkgroep.id ?? null;
  const tableLink = useMemo(() => {
    // On the network page its filters stay; elsewhere (a meeting's console) it leads to that page.
    const page = werkgroepId ? `/w/${werkgroepId}/netwerk` : location.pathname;
    const params = new URLSearchParams(location.pathname === page ? location.search : '');
    params.set(VIEW_PARAM, TABLE_VIEW);
    return { pathname: page, search: `?${params.toString()}` };
  }, [werkgroepId, location.pathname, location.search]);
  const summary = t('networkGraph.summary', {
    parties: shown.parties.length,
    initiatives: shown.initiatives.length,
    overlaps: shown.overlaps.length,
  });

  return (
    <div className="network-graph">
      <p className="network-graph__note">
        {t('networkGraph.keyboardNote')}{' '}
        <Link className="utrecht-link" to={tableLink}>
          {t('networkGraph.toTable')}
        </Link>
      </p>
      <fieldset className="network-graph__tools">
        <legend className="visually-hidden">{t('networkGraph.zoom.label')}</legend>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!cy}
          onClick={() => cy && zoomBy(cy, ZOOM_STEP)}
        >
          <span aria-hidden="true">+</span> {t('networkGraph.zoom.in')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!cy}
          onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)}
        >
          <span aria-hidden="true">−</span> {t('networkGraph.zoom.out')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!cy}
          onClick={() => cy && fitVisible(cy)}
        >
          {t('networkGraph.zoom.fit')}
        </button>
      </fieldset>
      <div className="network-graph__frame">
        {/* The canvas is a picture for assistive technology; its content is in the table view. */}
        <div
          ref={setContainer}
          className="network-graph__canvas"
          role="img"
          aria-label={summary}
          data-state={state}
          data-node-count={drawn}
        />
        {state !== 'ready' && (
          <p className="network-graph__status" role="status">
            {t(state === 'failed' ? 'networkGraph.failed' : 'networkGraph.loading')}
          </p>
        )}
        {state === 'ready' && drawn === 0 && (
          <p className="network-graph__status">{t('networkGraph.empty')}</p>
        )}
      </div>
      <Legend kinds={kinds} headingId={legendId} />
    </div>
  );
}
