import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { networkChangeSchema } from './change';
import { networkThemeSchema } from './common';
import { initiativeRecordSchema } from './initiative';
import { wijkOutlineSchema } from './outline';
import type { OverlapPair } from './overlap';
import { overlapMarkSchema } from './overlapMark';
import { partySchema } from './party';
import { relationSchema } from './relation';

/** A pair the overlap detection flags (shared/network/overlap.ts `OverlapPair`), as the API sends it. */
const overlapReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('audience'),
    themes: z.array(networkThemeSchema),
    targetGroups: z.array(z.string()),
    buurten: z.array(z.string()),
    period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  }),
  z.object({ kind: z.literal('funding'), source: z.string() }),
]);
export const overlapPairSchema = z.object({
  a: idSchema,
  b: idSchema,
  reasons: z.array(overlapReasonSchema),
});
// The detection's type and this schema stay in step (the compiler checks both directions).
export const OVERLAP_PAIR_IN_STEP: [OverlapPair, z.infer<typeof overlapPairSchema>] extends [
  z.infer<typeof overlapPairSchema>,
  OverlapPair,
]
  ? true
  : never = true;

/** A werkgroep's whole network as GET …/netwerk answers it (contacts only for members). */
export const networkViewSchema = z.object({
  parties: z.array(partySchema),
  initiatives: z.array(initiativeRecordSchema),
  relations: z.array(relationSchema),
  overlapMarks: z.array(overlapMarkSchema),
  /** What the overlap detection flags now (marked pairs included: their mark says what was agreed). */
  overlaps: z.array(overlapPairSchema),
  /** Newest first. */
  changes: z.array(networkChangeSchema),
  /** The wijkgrens the map draws, or null (absent in data from before it: read as null). */
  outline: wijkOutlineSchema.nullable().default(null),
});
export type NetworkView = z.infer<typeof networkViewSchema>;
