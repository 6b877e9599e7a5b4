import { z } from 'zod';
import { networkChangeSchema } from './change';
import { initiativeRecordSchema } from './initiative';
import { overlapMarkSchema } from './overlapMark';
import { partySchema } from './party';
import { relationSchema } from './relation';

/** A werkgroep's whole network as GET …/netwerk answers it (contacts only for members). */
export const networkViewSchema = z.object({
  parties: z.array(partySchema),
  initiatives: z.array(initiativeRecordSchema),
  relations: z.array(relationSchema),
  overlapMarks: z.array(overlapMarkSchema),
  /** Newest first. */
  changes: z.array(networkChangeSchema),
});
export type NetworkView = z.infer<typeof networkViewSchema>;
