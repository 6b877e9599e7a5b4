import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { NETWORK_LIMITS, textSchema } from './common';

/**
 * What people decided about a pair of initiatives the overlap detection flags: they agreed how they
 * divide the work (`afgestemd`), or they run side by side on purpose (`bewust_naast_elkaar`).
 */
export const OVERLAP_STATES = ['afgestemd', 'bewust_naast_elkaar'] as const;
export const overlapStateSchema = z.enum(OVERLAP_STATES);
export type OverlapState = z.infer<typeof overlapStateSchema>;

/** A pair is unordered: its key is the two ids sorted, joined by a dot (ids never hold one). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}.${b}` : `${b}.${a}`);
export const sortedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export const overlapMarkSchema = z.object({
  /** Sorted. */
  initiativeIds: z.tuple([idSchema, idSchema]).refine(([a, b]) => a < b, 'two different ids, sorted'),
  state: overlapStateSchema,
  note: textSchema(NETWORK_LIMITS.noteLength),
  markedBy: idSchema,
  markedAt: z.number().int(),
});
export type OverlapMark = z.infer<typeof overlapMarkSchema>;

/** PUT: the mark of one pair (the pair is in the path). */
export const putOverlapMarkSchema = z.strictObject({
  state: overlapStateSchema,
  note: textSchema(NETWORK_LIMITS.noteLength).default(''),
});
export type PutOverlapMark = z.output<typeof putOverlapMarkSchema>;
