import type { InitiativeRecord, InitiativeStatus } from '../../../../shared/network/initiative';
import { outlineBounds, type WijkOutline } from '../../../../shared/network/outline';
import type { NetworkViewProps } from '../viewProps';

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

export interface MapPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
  status: InitiativeStatus;
  /** Part of a flagged overlap. */
  flagged: boolean;
  selected: boolean;
}

/** What the map draws, from the same props as every other view. */
export interface MapModel {
  outline: WijkOutline | null;
  points: MapPoint[];
  /** Flagged overlaps whose two initiatives both have a point: a line between them. */
  pairs: { a: MapPoint; b: MapPoint }[];
  /** Shown initiatives without a point: listed under the map, so nothing is hidden. */
  unplaced: InitiativeRecord[];
  /** What to fit the view to (the outline and the points), or null when there is nothing. */
  bounds: Bounds | null;
}

/**
 * Colours by status, each at least 3:1 against the plain background and the BRT map's light tones
 * (WCAG 1.4.11); the legend says them in words, so colour is never the only cue.
 */
export const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  idee: '#6a4fa3',
  gepland: '#1c6bb0',
  loopt: '#1f7a35',
  afgerond: '#4d4d4d',
  gestopt: '#b0241b',
};
export const OVERLAP_COLOUR = '#b35000';
export const OUTLINE_COLOUR = '#1d3f73';
export const PLAIN_BACKGROUND = '#eef1ec';

/** A single point still gets an area around it (about 500 m). */
const MIN_SPAN = 0.008;

export function extendBounds(b: Bounds | null, lon: number, lat: number): Bounds {
  return b
    ? [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)]
    : [lon, lat, lon, lat];
}

/** Bounds at least MIN_SPAN wide and high, around the same centre. */
export function paddedBounds([w, s, e, n]: Bounds): Bounds {
  const halfW = Math.max(e - w, MIN_SPAN) / 2;
  const halfH = Math.max(n - s, MIN_SPAN) / 2;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

export function mapModel({ view, shown, selectedId }: NetworkViewProps): MapModel {
  const flaggedIds = new Set(shown.overlaps.flatMap((o) => [o.a, o.b]));
  const points: MapPoint[] = [];
  const unplaced: InitiativeRecord[] = [];
  for (const i of shown.initiatives) {
    if (!i.point) {
      unplaced.push(i);
      continue;
    }
    points.push({
      id: i.id,
      name: i.name,
      lon: i.point.lon,
      lat: i.point.lat,
      status: i.status,
      flagged: flaggedIds.has(i.id),
      selected: i.id === selectedId,
    });
  }
  const byId = new Map(points.map((p) => [p.id, p]));
  const pairs = shown.overlaps.flatMap((o) => {
    const [a, b] = [byId.get(o.a), byId.get(o.b)];
    return a && b ? [{ a, b }] : [];
  });
  const outline = view.outline ?? null;
  let bounds: Bounds | null = outline ? outlineBounds(outline) : null;
  for (const p of points) bounds = extendBounds(bounds, p.lon, p.lat);
  return { outline, points, pairs, unplaced, bounds: bounds ? paddedBounds(bounds) : null };
}

type Feature = { type: 'Feature'; properties: Record<string, string | number | boolean>; geometry: unknown };
const collection = (features: Feature[]) => ({ type: 'FeatureCollection' as const, features });

/** The GeoJSON sources MapLibre draws (the SVG fallback draws the same model itself). */
export function mapSources(model: MapModel) {
  return {
    outline: collection(model.outline ? [{ type: 'Feature', properties: {}, geometry: model.outline }] : []),
    pairs: collection(
      model.pairs.map(({ a, b }) => ({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [a.lon, a.lat],
            [b.lon, b.lat],
          ],
        },
      })),
    ),
    points: collection(
      // The selected one last, so it is drawn on top.
      [...model.points]
        .sort((x, y) => Number(x.selected) - Number(y.selected))
        .map((p) => ({
          type: 'Feature',
          properties: {
            id: p.id,
            name: p.name,
            colour: STATUS_COLOURS[p.status],
            flagged: p.flagged,
            selected: p.selected,
          },
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        })),
    ),
  };
}
