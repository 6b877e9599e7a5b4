import type { Action } from './permissions';

/**
 * Everything that differs per role, in one table the compiler checks: a new role is its name in
 * `ROLES` and one entry in `ROLE_RULES` (plus its label in the client's catalogues). A leaf: it imports
 * nothing at runtime, so schemas, permissions, sync and every screen may read it.
 */

/** The roles a facilitator gives (through an invite, or by confirming or changing a member). */
export const ROLES = ['bewoner', 'ambtenaar', 'partner', 'facilitator', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Someone who joined by the meeting's short code is a `guest` until the facilitator confirms them:
 * the code is shown on a projector and can be passed on or guessed, so it proves nothing about who
 * someone is. A guest follows along (reads, is shown apart as "wacht op bevestiging") but does not
 * write, vote or count in the parity; `claimedRole` says what they told us they are. Invite links are
 * made per role by the facilitator, so people who join through one are confirmed at once.
 */
export const GUEST = 'guest';
export const MEMBER_ROLES = [...ROLES, GUEST] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** What someone joining by code may say they are (the facilitator gives the other roles). */
export const CLAIMABLE_ROLES = ['bewoner', 'ambtenaar', 'partner'] as const satisfies readonly Role[];
export type ClaimableRole = (typeof CLAIMABLE_ROLES)[number];

/**
 * The two voting groups of a werkgroep are residents and officials (their balance is the parity);
 * partners, the facilitator and observers are counted apart.
 */
export const ROLE_GROUPS = ['bewoners', 'ambtenaren', 'partners', 'facilitators', 'observers'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];
/** A member's group for presence and composition: guests are counted apart from every group. */
export type MemberGroup = RoleGroup | 'guests';

export interface RoleRules<G extends MemberGroup = MemberGroup> {
  /**
   * The group it is counted and shown in: presence, composition and parity (only `bewoners` and
   * `ambtenaren` weigh in the balance), authorship colours, who wrote a note.
   */
  group: G;
  /**
   * The group its ballots count in, or null: it does not vote. Partners' ballots count only where a
   * vote lets partners advise. Must agree with `vote.cast` in `actions` (tested).
   */
  votesAs: Extract<RoleGroup, 'bewoners' | 'ambtenaren' | 'partners'> | null;
  /** Everything it may do; the server checks these (`can`) on every request and websocket upgrade. */
  actions: readonly Action[];
  /** Its name in the client's catalogues (`client/i18n/*.json`). */
  label: `roles.${MemberRole}`;
}

const EVERY_MEMBER: readonly Action[] = [
  'werkgroep.view',
  'members.view',
  'presence.view',
  'document.read',
  'vote.view',
  // The code on the room's screen: any member may open that screen.
  'meeting.joinCode',
  // The wijknetwerk with its contacts (shared by consent with the werkgroep, not with a guest).
  'network.view',
  // The wijkakkoord, its signatures (names only with consent) and the progress on its afspraken.
  'akkoord.view',
  // Monitoring: every member reads the indicators and their figures (the wijk's own progress).
  'monitoring.view',
  // The uitvoeringsplan: acties, their progress and the timeline.
  'uitvoering.view',
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
  // Add parties, initiatives and relations; edit what one made or what one's own organisation is in
  // (shared/network/access.ts).
  'network.contribute',
  // Co-write the akkoord's introduction and afspraken while it is a concept.
  'akkoord.edit',
  // Sign for a party one is linked to (party.memberIds), and report progress on its afspraken
  // (shared/akkoord/access.ts).
  'akkoord.sign',
  'akkoord.progress',
];
/** Bewoners and ambtenaren vote; partners only where the facilitator lets them advise. */
const VOTER: readonly Action[] = [...CONTRIBUTOR, 'vote.cast'];
/**
 * Officials and partners add figures to the indicators: the numbers come from the gemeente's research
 * department and from knowledge partners (GGD, RIVM, the corporations' own counts). Bewoners read them;
 * a bewoners' eigen telling reaches the monitor through the facilitator, so that every figure has
 * someone who answers for its source. Defining indicators (what counts as progress) is the facilitator's.
 */
const MEASURER: readonly Action[] = [...VOTER, 'monitoring.measure'];

type Table = { [R in MemberRole]: RoleRules<R extends typeof GUEST ? 'guests' : RoleGroup> };

export const ROLE_RULES: Table = {
  bewoner: { group: 'bewoners', votesAs: 'bewoners', actions: VOTER, label: 'roles.bewoner' },
  ambtenaar: { group: 'ambtenaren', votesAs: 'ambtenaren', actions: MEASURER, label: 'roles.ambtenaar' },
  partner: { group: 'partners', votesAs: 'partners', actions: MEASURER, label: 'roles.partner' },
  facilitator: {
    group: 'facilitators',
    // Runs votes and enters proxy ballots, but does not vote: the facilitator stays neutral.
    votesAs: null,
    actions: [
      ...CONTRIBUTOR,
      'members.manage',
      'invites.manage',
      // Only the facilitator settles sections (vastgesteld), edits settled ones and removes sections.
      'section.setStatus',
      'section.editLocked',
      'section.delete',
      'version.save',
      'version.restore',
      'vote.manage',
      // Locks boards and frames, runs silent brainstorms (reveal), the timer and dot rounds.
      'board.manage',
      // Runs meetings: agenda, console, timer, "iedereen naar mij", minutes, join code.
      'meeting.manage',
      // Edits and removes anything in the network, links members to their organisation, marks any overlap.
      'network.manage',
      // Freezes the akkoord for signing, reopens it, chooses the signatories, makes signing links; sees
      // the names of signers who did not consent to be named.
      'akkoord.manage',
      // Defines and removes indicators, and adds and imports their figures.
      'monitoring.manage',
      'monitoring.measure',
      // Builds the uitvoeringsplan: adds, edits, publishes and removes acties (shared/uitvoering/access.ts).
      'uitvoering.manage',
      // Hands the result to the municipality: a document as a file, or the whole werkgroep as one archive.
      'document.export',
      'werkgroep.export',
      // Publishes the public wijkpagina, chooses what is on it, answers the questions residents send.
      'wijkpagina.manage',
    ],
    label: 'roles.facilitator',
  },
  // Observers follow along: they read, but write nothing and are not shown as present.
  observer: { group: 'observers', votesAs: null, actions: EVERY_MEMBER, label: 'roles.observer' },
  /**
   * Joined by the meeting's code, not yet confirmed by the facilitator: follows the meeting and reads
   * (what the projector shows anyway), and is shown as present, apart from the groups. Writes nothing,
   * votes not, raises no hand and sees no member list until a person has checked who they are: the
   * code is on a wall and can be guessed, and writing or voting changes the werkgroep's work and count.
   */
  guest: {
    group: 'guests',
    votesAs: null,
    actions: [
      'werkgroep.view',
      'presence.view',
      'presence.share',
      'document.read',
      'vote.view',
      'self.update',
      'self.leave',
    ],
    label: 'roles.guest',
  },
};

/** A value for every role, computed from its rules (so a new role needs no entry of its own there). */
export function byRole<T>(value: (rules: RoleRules, role: MemberRole) => T): Record<MemberRole, T> {
  // Every key of MEMBER_ROLES is set, which is exactly Record<MemberRole, T>.
  return Object.fromEntries(MEMBER_ROLES.map((role) => [role, value(ROLE_RULES[role], role)])) as Record<
    MemberRole,
    T
  >;
}

export const roleGroup = (role: Role): RoleGroup => ROLE_RULES[role].group;
export const memberGroup = (role: MemberRole): MemberGroup => ROLE_RULES[role].group;
export const isGuest = (m: { role: MemberRole }) => m.role === GUEST;
