import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { AKKOORD_LIMITS, akkoordTextSchema, daySchema } from './common';

/**
 * Progress on one afspraak, reported by a member linked to one of its committing parties (for that
 * party) or by the facilitator. Entries are added, never changed: together they are the afspraak's
 * history; the newest is its current status. The public view of the next issue builds on these.
 */
export const PROGRESS_STATUSES = ['nog_niet_begonnen', 'loopt', 'vertraagd', 'klaar', 'gestopt'] as const;
export const progressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

export const progressEntrySchema = z.object({
  id: idSchema,
  afspraakId: idSchema,
  status: progressStatusSchema,
  date: daySchema,
  text: z.string(),
  memberId: idSchema,
  partyId: idSchema,
  createdAt: z.number().int(),
});
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

/** POST …/akkoord/afspraken/:afspraakId/voortgang */
export const createProgressSchema = z.strictObject({
  status: progressStatusSchema,
  date: daySchema,
  text: akkoordTextSchema(AKKOORD_LIMITS.progressTextLength),
  /** The committing party this is reported for. */
  partyId: idSchema,
});
export type CreateProgress = z.output<typeof createProgressSchema>;
