import { Paragraph } from '@utrecht/component-library-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../../shared/network/initiative';
import { countOutline, type Position } from '../../../../shared/network/outline';
import { can } from '../../../../shared/permissions';
import { api } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Loading } from '../../../ui/Loading';
import { useOptionalWerkgroep } from '../../werkgroep/WerkgroepContext';
import type { NetworkViewProps } from '../viewProps';
import { DrawControls } from './DrawControls';
import { hasWebGl } from './loadMapLibre';
import { MapCanvas } from './MapCanvas';
import { MapSvg } from './MapSvg';
import { type MapPoint, mapModel, STATUS_COLOURS } from './mapModel';
import './networkMap.css';

/**
 * Where the map is drawn: on the network page (drawing the wijkgrens, legend, notes, the list of
 * initiatives without a place) or in a meeting's agenda item (the map only, the counts are beside it).
 */
export type MapPresentation = 'page' | 'meeting';

/**
 * The wijknetwerk on a map: the wijkgrens, the shown initiatives that have a place (coloured by
 * status, flagged overlaps ringed and joined), the selected one larger. Without WebGL an SVG draws the
 * same; without the background (offline, an error, MAP_STYLE_URL=none) a plain one. Initiatives
 * without a place are listed under it, so the map hides nothing. The counts are on the element
 * (`data-*`) for tests and support.
 */
export function NetworkMap(
  props: NetworkViewProps & { presentation?: MapPresentation; pointScale?: number },
) {
  const { t } = useTranslation();
  const werkgroep = useOptionalWerkgroep();
  const style = useResource('mapStyle', () => api('mapStyle'));
  const { view, shown, selectedId, onSelect, presentation = 'page', pointScale = 1 } = props;
  const onScreen = presentation === 'meeting';
  const model = useMemo(
    () => mapModel({ view, shown, selectedId, onSelect }),
    [view, shown, selectedId, onSelect],
  );
  const [renderer, setRenderer] = useState<'webgl' | 'svg'>(() => (hasWebGl() ? 'webgl' : 'svg'));
  const [backgroundFailed, setBackgroundFailed] = useState(false);
  const [corners, setCorners] = useState<Position[] | null>(null);
  const unplacedId = useId();
  // Drawing belongs on the network page: on a meeting's screen the facilitator's account only shows.
  const mayDraw = !onScreen && werkgroep !== null && can(werkgroep.detail.me.role, 'network.manage');
  const statusWord = (p: MapPoint) => t(`network.map.status.${p.status}`);
  const pointLabel = (p: MapPoint) =>
    t(p.flagged ? 'network.map.pointOverlap' : 'network.map.point', { name: p.name, status: statusWord(p) });

  if (style.state === 'loading') return <Loading />;
  // Without an answer (offline, an older server) the map still draws, on the plain background.
  const styleUrl = style.state === 'ready' ? style.data.styleUrl : null;
  const noBackground = styleUrl !== null && (renderer === 'svg' || backgroundFailed);
  const label = t('network.map.label');
  return (
    <section
      className={`wa-network-map wa-network-map--${presentation}`}
      aria-label={label}
      data-renderer={renderer}
      data-background={styleUrl === null ? 'plain' : backgroundFailed ? 'failed' : 'style'}
      data-outline-polygons={model.outline ? countOutline(model.outline).polygons : 0}
      data-points={model.points.length}
      data-pairs={model.pairs.length}
      data-unplaced={model.unplaced.length}
      data-selected={selectedId ?? ''}
    >
      {renderer === 'webgl' ? (
        <MapCanvas
          model={model}
          styleUrl={styleUrl}
          drawing={corners}
          onSelect={onSelect}
          onCorner={(c) => setCorners((prev) => (prev ? [...prev, c] : prev))}
          onBackgroundFailed={() => setBackgroundFailed(true)}
          pointScale={pointScale}
          onUnavailable={() => {
            setCorners(null);
            setRenderer('svg');
          }}
        />
      ) : (
        <MapSvg
          model={model}
          label={label}
          pointLabel={pointLabel}
          onSelect={onSelect}
          pointScale={pointScale}
        />
      )}
      {!model.bounds && <Paragraph>{t('network.map.empty')}</Paragraph>}
      {noBackground && !onScreen && <Paragraph className="muted">{t('network.map.noBackground')}</Paragraph>}
      {!onScreen && <Paragraph className="muted">{t('network.map.keyboardNote')}</Paragraph>}
      {mayDraw && werkgroep && renderer === 'webgl' && (
        <DrawControls werkgroepId={werkgroep.detail.werkgroep.id} corners={corners} setCorners={setCorners} />
      )}
      {mayDraw && renderer === 'svg' && (
        <Paragraph className="muted">{t('network.map.draw.needsMap')}</Paragraph>
      )}
      {!onScreen && (
        <details className="wa-network-map__legend">
          <summary>{t('network.map.legend')}</summary>
          <ul>
            {INITIATIVE_STATUSES.map((s) => (
              <li key={s}>
                <span
                  className="wa-network-map__swatch"
                  style={{ background: STATUS_COLOURS[s] }}
                  aria-hidden="true"
                />
                {t(`network.map.status.${s}`)}
              </li>
            ))}
            <li>{t('network.map.legendOverlap')}</li>
            <li>{t('network.map.legendOutline')}</li>
          </ul>
        </details>
      )}
      {model.unplaced.length > 0 && !onScreen && (
        <div className="wa-network-map__unplaced">
          <Paragraph id={unplacedId}>
            <strong>{t('network.map.unplaced', { count: model.unplaced.length })}</strong>
          </Paragraph>
          <ul aria-labelledby={unplacedId}>
            {model.unplaced.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  aria-pressed={i.id === selectedId}
                  onClick={() => onSelect(i.id)}
                >
                  {i.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
