import { byRole, type MemberRole } from './roles';

/**
 * Everything a member can try to do. The server checks `can` on every request and at every
 * websocket upgrade; the client uses it only to show or hide controls. Which role may do what is in
 * `ROLE_RULES` (shared/roles.ts).
 */
export const ACTIONS = [
  'werkgroep.view',
  'members.view',
  'members.manage',
  'invites.manage',
  'presence.view',
  'presence.share',
  'document.read',
  'document.write',
  'document.create',
  'section.create',
  'section.rename',
  'section.setStatus',
  'section.editLocked',
  'section.delete',
  'comment.create',
  'comment.resolve',
  'version.save',
  'version.restore',
  'vote.view',
  'vote.cast',
  'vote.manage',
  'board.create',
  'board.manage',
  'meeting.manage',
  'meeting.participate',
  'meeting.joinCode',
  'network.view',
  'network.contribute',
  'network.manage',
  'akkoord.view',
  'akkoord.edit',
  'akkoord.manage',
  'akkoord.sign',
  'akkoord.progress',
  'monitoring.view',
  'monitoring.measure',
  'monitoring.manage',
  'uitvoering.view',
  'uitvoering.manage',
  'document.export',
  'werkgroep.export',
  'wijkpagina.manage',
  'self.update',
  'self.leave',
] as const;
export type Action = (typeof ACTIONS)[number];

const POLICY = byRole((rules) => new Set(rules.actions));

/** The one access policy: may a member with `role` do `action`? `null` = not a member. */
export function can(role: MemberRole | null | undefined, action: Action): boolean {
  return role ? POLICY[role].has(action) : false;
}
