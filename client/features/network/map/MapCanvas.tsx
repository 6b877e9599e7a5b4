import type { Map as MapLibreMap } from 'maplibre-gl';
import { type MutableRefObject, useEffect, useRef, useState } from 'react';
import type { Position } from '../../../../shared/network/outline';
import { loadMapLibre, plainStyle, STYLE_TIMEOUT_MS } from './loadMapLibre';
import { addLayers, POINT_LAYER, updateLayers } from './mapLayers';
import type { MapModel } from './mapModel';

export interface MapCanvasProps {
  model: MapModel;
  /** The background style, or null for the plain one. */
  styleUrl: string | null;
  /** Corners of an outline being drawn; clicks add one instead of selecting. */
  drawing: readonly Position[] | null;
  onSelect: (id: string | null) => void;
  onCorner: (corner: Position) => void;
  /** Choosing an initiative's place: a click gives it (instead of selecting). */
  placing?: boolean;
  onPlace?: (at: Position) => void;
  /** Filled with a way to read the map's middle as [lon, lat] (the keyboard path of placing). */
  centre?: MutableRefObject<() => Position | null>;
  /** The style did not load (error or time-out): the plain one took its place. */
  onBackgroundFailed: () => void;
  /** No WebGL, or MapLibre could not load: the SVG fallback takes over. */
  onUnavailable: () => void;
  /** How much larger than on the page the points are drawn (the room screen is read from afar). */
  pointScale?: number;
}

/** The map on MapLibre GL: the background style with the wijkgrens, overlaps and initiatives on top. */
export function MapCanvas(props: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const ready = useRef(false);

  useEffect(() => {
    let live = true;
    let made: MapLibreMap | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadMapLibre().then(
      (ml) => {
        if (!live || !container.current) return;
        try {
          made = new ml.Map({
            container: container.current,
            style: props.styleUrl ?? plainStyle(),
            center: [5.3, 52.2],
            zoom: 7,
            attributionControl: { compact: true },
          });
        } catch {
          latest.current.onUnavailable();
          return;
        }
        const m = made;
        let fellBack = false;
        const fallBack = () => {
          clearTimeout(timer);
          if (fellBack || !live) return;
          fellBack = true;
          m.setStyle(plainStyle(), { diff: false });
          latest.current.onBackgroundFailed();
        };
        if (props.styleUrl) timer = setTimeout(fallBack, STYLE_TIMEOUT_MS);
        m.on('error', () => {
          if (!ready.current) fallBack();
        });
        m.on('style.load', () => {
          clearTimeout(timer);
          ready.current = true;
          addLayers(m, latest.current.pointScale ?? 1);
          updateLayers(m, latest.current.model, latest.current.drawing ?? []);
          setMap(m);
        });
        m.on('webglcontextlost', () => latest.current.onUnavailable());
        m.on('click', POINT_LAYER, (e) => {
          if (latest.current.drawing || latest.current.placing) return;
          const id = e.features?.[0]?.properties?.id;
          if (typeof id === 'string') latest.current.onSelect(id);
        });
        m.on('click', (e) => {
          const at = e.lngLat.wrap();
          if (latest.current.drawing) latest.current.onCorner([at.lng, at.lat]);
          else if (latest.current.placing) latest.current.onPlace?.([at.lng, at.lat]);
        });
        if (latest.current.centre)
          latest.current.centre.current = () => {
            const c = m.getCenter().wrap();
            return [c.lng, c.lat];
          };
        m.on('mouseenter', POINT_LAYER, () => {
          m.getCanvas().style.cursor = 'pointer';
        });
        m.on('mouseleave', POINT_LAYER, () => {
          m.getCanvas().style.cursor = latest.current.drawing || latest.current.placing ? 'crosshair' : '';
        });
      },
      () => latest.current.onUnavailable(),
    );
    return () => {
      live = false;
      clearTimeout(timer);
      ready.current = false;
      made?.remove();
      if (latest.current.centre) latest.current.centre.current = () => null;
      setMap(null);
    };
  }, [props.styleUrl]);

  useEffect(() => {
    if (map && ready.current) updateLayers(map, props.model, props.drawing ?? []);
    if (map) map.getCanvas().style.cursor = props.drawing || props.placing ? 'crosshair' : '';
  }, [map, props.model, props.drawing, props.placing]);

  const boundsKey = JSON.stringify(props.model.bounds);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the bounds change, not on every new model.
  useEffect(() => {
    const b = props.model.bounds;
    if (map && b) map.fitBounds([b[0], b[1], b[2], b[3]], { padding: 32, animate: false, maxZoom: 16 });
  }, [map, boundsKey]);

  return <div ref={container} className="wa-network-map__canvas" />;
}
