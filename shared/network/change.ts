import { z } from 'zod';
import { idSchema } from '../schemas/common';

/** Who changed what in a werkgroep's network, and when: one line per change, kept for good. */
/** `outline` is the werkgroep's wijkgrens (one per werkgroep; its entityId is the werkgroep's id). */
export const NETWORK_ENTITIES = ['party', 'initiative', 'relation', 'overlap', 'outline'] as const;
export const networkEntitySchema = z.enum(NETWORK_ENTITIES);
export type NetworkEntity = z.infer<typeof networkEntitySchema>;

export const CHANGE_ACTIONS = ['created', 'updated', 'deleted'] as const;

export const networkChangeSchema = z.object({
  at: z.number().int(),
  memberId: idSchema,
  entity: networkEntitySchema,
  /** An overlap mark's id is its pair key. */
  entityId: z.string().min(1).max(140),
  action: z.enum(CHANGE_ACTIONS),
  /** The name of what changed when it changed (a party's or initiative's name; never a contact). */
  label: z.string().max(200),
  /** For updates: which fields. */
  fields: z.array(z.string().max(40)).max(20),
});
export type NetworkChange = z.infer<typeof networkChangeSchema>;
