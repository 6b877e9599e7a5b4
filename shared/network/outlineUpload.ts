import { z } from 'zod';
import { OUTLINE_LIMITS, type Position, type Ring, type WijkOutline, wijkOutlineSchema } from './outline';
import { isRdPosition, rdToWgs84 } from './rd';
import { RING_CHECK_WORK, ringCrossing } from './ringCrossing';

/**
 * What a facilitator may upload or draw as the wijkgrens: a GeoJSON Polygon or MultiPolygon, a Feature
 * with one, or a FeatureCollection of them (as PDOK and the CBS wijk- en buurtkaart export it), whose
 * polygons become one MultiPolygon. Coordinates in WGS84 longitude/latitude, or in RD New
 * (EPSG:28992, as CBS files often are): those are recognised by their range (or a `crs` member naming
 * 28992) and converted.
 */
export const OUTLINE_PROBLEMS = [
  /** Not GeoJSON of a kind we know. */
  'shape',
  /** A point or line, not an area. */
  'geometry',
  'empty',
  /** Coordinates that are not pairs of numbers. */
  'coordinates',
  'ring_open',
  'ring_short',
  /** Neither longitude/latitude nor RD. */
  'crs',
  /** A boundary whose lines cross each other (a bow tie has no inside). */
  'crossing',
  // Too large:
  'polygons',
  'rings',
  'vertices',
  'bytes',
] as const;
export type OutlineProblem = (typeof OUTLINE_PROBLEMS)[number];
const TOO_LARGE: ReadonlySet<OutlineProblem> = new Set(['polygons', 'rings', 'vertices', 'bytes']);

export type OutlineParse =
  | { ok: true; outline: WijkOutline; fromRd: boolean }
  | { ok: false; code: 'outline_invalid' | 'outline_too_large'; problem: OutlineProblem; path: string };

const rawPosition = z.array(z.number()).min(2).max(3);
const rawPolygon = z.array(z.array(rawPosition));
const rawGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: rawPolygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(rawPolygon) }),
]);
const crsSchema = z.object({ properties: z.object({ name: z.string() }) });

type Found = { geometry: unknown; path: string };
class Refusal {
  constructor(
    readonly problem: OutlineProblem,
    readonly path: string,
  ) {}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);
const OTHER_GEOMETRIES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'GeometryCollection',
]);

/** The geometries of a Geometry, Feature or FeatureCollection, with where they are. */
function geometriesOf(input: unknown): Found[] {
  if (!isObject(input)) throw new Refusal('shape', '(body)');
  const type = input.type;
  if (typeof type === 'string' && AREA_TYPES.has(type)) return [{ geometry: input, path: '(body)' }];
  if (typeof type === 'string' && OTHER_GEOMETRIES.has(type)) throw new Refusal('geometry', 'type');
  if (type === 'Feature') return [{ geometry: input.geometry, path: 'geometry' }];
  if (type !== 'FeatureCollection' || !Array.isArray(input.features)) throw new Refusal('shape', 'type');
  if (input.features.length === 0) throw new Refusal('empty', 'features');
  return input.features.map((f, i) => ({
    geometry: isObject(f) && f.type === 'Feature' ? f.geometry : undefined,
    path: `features.${i}.geometry`,
  }));
}

function polygonsOf(found: Found): number[][][][] {
  const g = found.geometry;
  if (isObject(g) && typeof g.type === 'string' && OTHER_GEOMETRIES.has(g.type))
    throw new Refusal('geometry', found.path);
  if (!isObject(g) || typeof g.type !== 'string' || !AREA_TYPES.has(g.type))
    throw new Refusal('shape', found.path);
  const parsed = rawGeometry.safeParse(g);
  if (!parsed.success) throw new Refusal('coordinates', `${found.path}.coordinates`);
  return parsed.data.type === 'Polygon' ? [parsed.data.coordinates] : parsed.data.coordinates;
}

function checkLimits(polygons: number[][][][]): void {
  if (polygons.length === 0) throw new Refusal('empty', '(body)');
  if (polygons.length > OUTLINE_LIMITS.polygons) throw new Refusal('polygons', '(body)');
  const rings = polygons.flat();
  if (rings.length > OUTLINE_LIMITS.rings) throw new Refusal('rings', '(body)');
  if (rings.reduce((n, r) => n + r.length, 0) > OUTLINE_LIMITS.vertices)
    throw new Refusal('vertices', '(body)');
  for (const [i, polygon] of polygons.entries()) {
    if (polygon.length === 0) throw new Refusal('ring_short', `coordinates.${i}`);
    for (const [j, ring] of polygon.entries()) {
      const where = `coordinates.${i}.${j}`;
      if (ring.length < OUTLINE_LIMITS.minRingPositions) throw new Refusal('ring_short', where);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) throw new Refusal('ring_open', where);
    }
  }
}

/** RD when the file says so or every position lies in the RD box; WGS84 when every one is a lon/lat. */
function coordinateSystem(input: unknown, positions: readonly number[][]): 'rd' | 'wgs84' {
  const crs = isObject(input) ? crsSchema.safeParse(input.crs) : null;
  const named = crs?.success ? crs.data.properties.name : '';
  const inRd = positions.every(([x = NaN, y = NaN]) => isRdPosition(x, y));
  if (/28992/.test(named) && inRd) return 'rd';
  if (positions.every(([lon = NaN, lat = NaN]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90))
    return 'wgs84';
  if (inRd) return 'rd';
  throw new Refusal('crs', 'coordinates');
}

const round = (n: number) => Math.round(n * 10 ** OUTLINE_LIMITS.decimals) / 10 ** OUTLINE_LIMITS.decimals;

/** An uploaded or drawn outline as kept, or why not (with the API's code: invalid or too large). */
export function parseOutlineUpload(input: unknown): OutlineParse {
  try {
    const polygons = geometriesOf(input).flatMap(polygonsOf);
    checkLimits(polygons);
    const system = coordinateSystem(input, polygons.flat(2));
    const convert = ([x = 0, y = 0]: number[]): Position => {
      const [lon, lat] = system === 'rd' ? rdToWgs84(x, y) : [x, y];
      return [round(lon), round(lat)];
    };
    const coordinates: Ring[][] = polygons.map((p) => p.map((ring) => ring.map(convert)));
    const budget = { left: RING_CHECK_WORK };
    for (const [i, polygon] of coordinates.entries())
      for (const [j, ring] of polygon.entries()) {
        const crossing = ringCrossing(ring, budget);
        // Too much work to tell (thousands of long edges): too large, like too many corners.
        if (crossing === 'too_complex') throw new Refusal('vertices', `coordinates.${i}.${j}`);
        if (crossing !== null) throw new Refusal('crossing', `coordinates.${i}.${j}`);
      }
    const outline: WijkOutline = { type: 'MultiPolygon', coordinates };
    if (JSON.stringify(outline).length > OUTLINE_LIMITS.storedBytes) throw new Refusal('bytes', '(body)');
    const checked = wijkOutlineSchema.safeParse(outline);
    if (!checked.success) throw new Refusal('coordinates', 'coordinates');
    return { ok: true, outline: checked.data, fromRd: system === 'rd' };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const code = TOO_LARGE.has(e.problem) ? 'outline_too_large' : 'outline_invalid';
    return { ok: false, code, problem: e.problem, path: e.path };
  }
}
