import type { MemberRole } from './schemas/member';

/**
 * Everything a member can try to do. The server checks `can` on every request and at every
 * websocket upgrade; the client uses it only to show or hide controls.
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
  'document.export',
  'werkgroep.export',
  'self.update',
  'self.leave',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_MEMBER: readonly Action[] = [
  'werkgroep.view',
  'members.view',
  'presence.view',
  'document.read',
  'vote.view',
  // The code on the room's screen: any member may open that screen.
  'meeting.joinCode',
  'self.update',
  'self.leave',
];
const CONTRIBUTOR: readonly Action[] = [
  ...EVERY_MEMBER,
  'presence.share',
  'document.write',
  'document.create',
  'section.create',
  'section.rename',
  'comment.create',
  'comment.resolve',
  'board.create',
  'meeting.participate',
];
/** Bewoners and ambtenaren vote; partners only where the facilitator lets them advise. */
const VOTER: readonly Action[] = [...CONTRIBUTOR, 'vote.cast'];

/**
 * Joined by the meeting's code, not yet confirmed by the facilitator: follows the meeting and reads
 * (what the projector shows anyway), and is shown as present, apart from the groups. Writes nothing,
 * votes not, raises no hand and sees no member list until a person has checked who they are: the
 * code is on a wall and can be guessed, and writing or voting changes the werkgroep's work and count.
 */
const GUEST: readonly Action[] = [
  'werkgroep.view',
  'presence.view',
  'presence.share',
  'document.read',
  'vote.view',
  'self.update',
  'self.leave',
];

const POLICY: Record<MemberRole, ReadonlySet<Action>> = {
  bewoner: new Set(VOTER),
  ambtenaar: new Set(VOTER),
  partner: new Set(VOTER),
  // Only the facilitator settles sections (vastgesteld), edits settled ones and removes sections.
  facilitator: new Set([
    ...CONTRIBUTOR,
    'members.manage',
    'invites.manage',
    'section.setStatus',
    'section.editLocked',
    'section.delete',
    'version.save',
    'version.restore',
    // Runs votes and enters proxy ballots, but does not vote: the facilitator stays neutral.
    'vote.manage',
    // Locks boards and frames, runs silent brainstorms (reveal), the timer and dot rounds.
    'board.manage',
    // Runs meetings: agenda, console, timer, "iedereen naar mij", minutes, join code.
    'meeting.manage',
    // Hands the result to the municipality: a document as a file, or the whole werkgroep as one archive.
    'document.export',
    'werkgroep.export',
  ]),
  // Observers follow along: they read, but write nothing and are not shown as present.
  observer: new Set(EVERY_MEMBER),
  guest: new Set(GUEST),
};

/** The one access policy: may a member with `role` do `action`? `null` = not a member. */
export function can(role: MemberRole | null | undefined, action: Action): boolean {
  return role ? POLICY[role].has(action) : false;
}
