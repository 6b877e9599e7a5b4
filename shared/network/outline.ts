import { z } from 'zod';

/**
 * The wijkgrens: the outline of the wijk a werkgroep works in, one per werkgroep (or none). Kept as a
 * GeoJSON MultiPolygon in WGS84 (longitude, latitude; 6 decimals, about 10 cm), whatever was uploaded
 * or drawn (see outlineUpload.ts for what is accepted and how it is made into this).
 */
export const OUTLINE_LIMITS = {
  /** The request body of an upload (a FeatureCollection from PDOK or CBS carries properties too). */
  uploadBytes: 4 * 1024 * 1024,
  /** The outline as kept (JSON): it also travels in the werkgroep's `netwerk:` room. */
  storedBytes: 512 * 1024,
  polygons: 200,
  /** Rings (outer and holes) in all polygons together. */
  rings: 1000,
  /** Positions in all rings together. */
  vertices: 20_000,
  /** A closed ring: three corners and the first again. */
  minRingPositions: 4,
  decimals: 6,
} as const;

export type Position = [number, number];
export type Ring = Position[];

const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const ringSchema = z
  .array(positionSchema)
  .min(OUTLINE_LIMITS.minRingPositions, 'a ring has at least three corners')
  .refine((ring) => {
    const [a, b] = [ring[0], ring[ring.length - 1]];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, 'a ring ends where it starts');

const polygonSchema = z.array(ringSchema).min(1, 'a polygon has an outer ring');

const count = (polygons: readonly Ring[][]) => ({
  rings: polygons.reduce((n, p) => n + p.length, 0),
  vertices: polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0),
});

/** The outline as kept and sent (GET …/netwerk, the room): a MultiPolygon within the limits. */
export const wijkOutlineSchema = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(polygonSchema).min(1, 'at least one polygon').max(OUTLINE_LIMITS.polygons),
  })
  .refine((o) => count(o.coordinates).rings <= OUTLINE_LIMITS.rings, `at most ${OUTLINE_LIMITS.rings} rings`)
  .refine(
    (o) => count(o.coordinates).vertices <= OUTLINE_LIMITS.vertices,
    `at most ${OUTLINE_LIMITS.vertices} points`,
  )
  .refine(
    (o) => JSON.stringify(o).length <= OUTLINE_LIMITS.storedBytes,
    `at most ${OUTLINE_LIMITS.storedBytes} bytes`,
  );
export type WijkOutline = z.infer<typeof wijkOutlineSchema>;

export const countOutline = (o: WijkOutline) => ({ polygons: o.coordinates.length, ...count(o.coordinates) });

/** West, south, east, north of an outline (its outer rings). */
export function outlineBounds(o: WijkOutline): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of o.coordinates)
    for (const [lon, lat] of polygon[0] ?? []) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}
