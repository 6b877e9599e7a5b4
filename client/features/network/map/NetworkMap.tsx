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
 * The wijknetwerk on a map: the wijkgrens, the shown initiatives that have a place (coloured by
 * status, flagged overlaps ringed and joined), the selected one larger. Without WebGL an SVG draws the
 * same; without the background (offline, an error, MAP_STYLE_URL=none) a plain one. Initiatives
 * without a place are listed under it, so the map hides nothing. The counts are on the element
 * (`data-*`) for tests and support.
 */
export function NetworkMap(props: NetworkViewProps) {
  const { t } = useTranslation();
  const werkgroep = useOptionalWerkgroep();
  const style = useResource('mapStyle', () => api('mapStyle'));
  const { view, shown, selectedId, onSelect } = props;
  const model = useMemo(
    () => mapModel({ view, shown, selectedId, onSelect }),
    [view, shown, selectedId, onSelect],
  );
  const [renderer, setRenderer] = useState<'webgl' | 'svg'>(() => (hasWebGl() ? 'webgl' : 'svg'));
  const [backgroundFailed, setBackgroundFailed] = useState(false);
  const [corners, setCorners] = useState<Position[] | null>(null);
  const unplacedId = useId();
  const mayDraw = werkgroep !== null && can(werkgroep.detail.me.role, 'network.manage');
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
      className="wa-network-map"
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
          onUnavailable={() => {
            setCorners(null);
            setRenderer('svg');
          }}
        />
      ) : (
        <MapSvg model={model} label={label} pointLabel={pointLabel} onSelect={onSelect} />
      )}
      {!model.bounds && <Paragraph>{t('network.map.empty')}</Paragraph>}
      {noBackground && <Paragraph className="muted">{t('network.map.noBackground')}</Paragraph>}
      <Paragraph className="muted">{t('network.map.keyboardNote')}</Paragraph>
      {mayDraw && werkgroep && renderer === 'webgl' && (
        <DrawControls werkgroepId={werkgroep.detail.werkgroep.id} corners={corners} setCorners={setCorners} />
      )}
      {mayDraw && renderer === 'svg' && (
        <Paragraph className="muted">{t('network.map.draw.needsMap')}</Paragraph>
      )}
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
      {model.unplaced.length > 0 && (
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
