import { Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { MapLists } from './MapLists';
import { MapSvg } from './MapSvg';
import { type MapPoint, mapModel } from './mapModel';
import { PlaceControls } from './PlaceControls';
import { boundsCentre } from './projection';
import { usePlacing } from './usePlacing';
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
  const placing = usePlacing(view, selectedId);
  const choosing = !onScreen && placing.choosing;
  const canvasCentre = useRef<() => Position | null>(() => null);
  const centre = () =>
    renderer === 'webgl' ? canvasCentre.current() : model.bounds ? boundsCentre(model.bounds) : null;
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
      data-choosing={choosing ? selectedId : undefined}
    >
      <div className="wa-network-map__frame">
        {renderer === 'webgl' ? (
          <MapCanvas
            model={model}
            styleUrl={styleUrl}
            drawing={corners}
            onSelect={onSelect}
            onCorner={(c) => setCorners((prev) => (prev ? [...prev, c] : prev))}
            placing={choosing && !corners}
            onPlace={placing.put}
            centre={canvasCentre}
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
            onPlace={choosing ? placing.put : null}
          />
        )}
        {choosing && <span className="wa-network-map__crosshair" aria-hidden="true" />}
      </div>
      {!onScreen && !corners && (
        <PlaceControls
          placing={placing}
          centre={centre}
          canPan={renderer === 'webgl'}
          canPlace={renderer === 'webgl' || model.bounds !== null}
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
      {!onScreen && <MapLists unplaced={model.unplaced} selectedId={selectedId} onSelect={onSelect} />}
    </section>
  );
}
