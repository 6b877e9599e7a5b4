import { z } from 'zod';
import { ACTIONS, can } from '../permissions';
import type { MemberRole } from '../schemas/member';

/**
 * Which sockets of a room close when the rights on it change ([SYNC6]): a description, not a function,
 * so it travels to the other instances with the request ([SYNC10]). `all`: everyone (the section is
 * gone); `lacking`: every connection whose role lacks `action` now, anonymous ones included (a locked
 * section keeps only those who may still edit it; a locked board only the facilitator).
 */
export const roomCloseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('lacking'), action: z.enum(ACTIONS) }),
]);
export type RoomClose = z.infer<typeof roomCloseSchema>;

/** Whether a connection of `identity` (null: no member) is one `which` closes. */
export function closes(which: RoomClose, identity: { role: MemberRole } | null): boolean {
  return which.kind === 'all' || !identity || !can(identity.role, which.action);
}
