import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from '../../../../shared/network/outline';
import { type MapModel, mapSources, OUTLINE_COLOUR, OVERLAP_COLOUR } from './mapModel';

export const POINT_LAYER = 'wa-initiatives';
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The drawing in progress: its corners and the lines between them (closed back to the first). */
export function drawingData(corners: readonly Position[]) {
  const line =
    corners.length > 1 ? [...corners, ...(corners.length > 2 ? [corners[0] as Position] : [])] : [];
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...corners.map((c) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'Point' as const, coordinates: c },
      })),
      ...(line.length > 1
        ? [
            {
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'LineString' as const, coordinates: line },
            },
          ]
        : []),
    ],
  };
}

/** Adds the map's own sources and layers (again after a style change, which removes them). */
export function addLayers(map: MapLibreMap, pointScale = 1): void {
  if (map.getSource('wa-outline')) return;
  for (const id of ['wa-outline', 'wa-pairs', 'wa-points', 'wa-drawing'])
    map.addSource(id, { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'wa-outline-fill',
    type: 'fill',
    source: 'wa-outline',
    paint: { 'fill-color': OUTLINE_COLOUR, 'fill-opacity': 0.07 },
  });
  map.addLayer({
    id: 'wa-outline-line',
    type: 'line',
    source: 'wa-outline',
    paint: { 'line-color': OUTLINE_COLOUR, 'line-width': 2.5 },
  });
  map.addLayer({
    id: 'wa-pairs',
    type: 'line',
    source: 'wa-pairs',
    paint: { 'line-color': OVERLAP_COLOUR, 'line-width': 2, 'line-dasharray': [2, 2] },
  });
  map.addLayer({
    id: 'wa-overlap-ring',
    type: 'circle',
    source: 'wa-points',
    filter: ['==', ['get', 'flagged'], true],
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 15 * pointScale, 12 * pointScale],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': OVERLAP_COLOUR,
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: POINT_LAYER,
    type: 'circle',
    source: 'wa-points',
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 10 * pointScale, 7 * pointScale],
      'circle-color': ['get', 'colour'],
      'circle-stroke-color': ['case', ['get', 'selected'], '#000000', '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'selected'], 3, 2],
    },
  });
  map.addLayer({
    id: 'wa-drawing-line',
    type: 'line',
    source: 'wa-drawing',
    paint: { 'line-color': '#000000', 'line-width': 2, 'line-dasharray': [1, 1] },
  });
  map.addLayer({
    id: 'wa-drawing-corners',
    type: 'circle',
    source: 'wa-drawing',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 5,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#000000',
      'circle-stroke-width': 2,
    },
  });
}

/** Puts the model (and the drawing) into the sources. */
export function updateLayers(map: MapLibreMap, model: MapModel, corners: readonly Position[]): void {
  const data = mapSources(model);
  // setData may answer with a promise of the worker's parse; nothing waits for it (the next model replaces it).
  const set = (id: string, value: unknown) => {
    void (map.getSource(id) as GeoJSONSource | undefined)?.setData(
      value as Parameters<GeoJSONSource['setData']>[0],
    );
  };
  set('wa-outline', data.outline);
  set('wa-pairs', data.pairs);
  set('wa-points', data.points);
  set('wa-drawing', drawingData(corners));
}
