import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';

/** The roles a facilitator gives (through an invite, or by confirming or changing a member). */
export const ROLES = ['bewoner', 'ambtenaar', 'partner', 'facilitator', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Someone who joined by the meeting's short code is a `guest` until the facilitator confirms them:
 * the code is shown on a projector and can be passed on or guessed, so it proves nothing about who
 * someone is. A guest follows along (reads, is shown apart as "wacht op bevestiging") but does not
 * write, vote or count in the parity; `claimedRole` says what they told us they are. Invite links are
 * made per role by the facilitator, so people who join through one are confirmed at once.
 */
export const GUEST = 'guest';
export const MEMBER_ROLES = [...ROLES, GUEST] as const;
export const memberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof memberRoleSchema>;
/** What someone joining by code may say they are (the facilitator gives the other roles). */
export const CLAIMABLE_ROLES = ['bewoner', 'ambtenaar', 'partner'] as const satisfies readonly Role[];
export const claimableRoleSchema = z.enum(CLAIMABLE_ROLES);
export type ClaimableRole = z.infer<typeof claimableRoleSchema>;
export const isGuest = (m: { role: MemberRole }) => m.role === GUEST;

/**
 * The two voting groups of a werkgroep are residents and officials; partners, the facilitator and
 * observers are counted apart.
 */
export const ROLE_GROUPS = ['bewoners', 'ambtenaren', 'partners', 'facilitators', 'observers'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];
export const roleGroup = (role: Role): RoleGroup =>
  (
    ({
      bewoner: 'bewoners',
      ambtenaar: 'ambtenaren',
      partner: 'partners',
      facilitator: 'facilitators',
      observer: 'observers',
    }) as const
  )[role];
/** A member's group for presence and composition: guests are counted apart from every group. */
export type MemberGroup = RoleGroup | 'guests';
export const memberGroup = (role: MemberRole): MemberGroup => (role === GUEST ? 'guests' : roleGroup(role));

export const MEMBER_LIMITS = {
  displayNameMax: 40,
  organisationMax: 80,
  /** Guests waiting for confirmation in one werkgroep; more cannot join by code until some are handled. */
  guestsWaitingMax: 50,
} as const;

export const displayNameSchema = lineSchema(MEMBER_LIMITS.displayNameMax);
export const organisationSchema = lineSchema(MEMBER_LIMITS.organisationMax);

export const memberSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  displayName: z.string(),
  organisation: z.string().nullable(),
  role: memberRoleSchema,
  /** For a guest: the role they said they have when joining by code (null once confirmed). */
  claimedRole: roleSchema.nullable(),
  /** Agreed to be named in exported documents (otherwise only counted). */
  namedInExport: z.boolean(),
  joinedAt: isoDateSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** What the facilitator may change about a member; giving a guest a role confirms them. */
export const updateMemberSchema = z.object({ role: roleSchema });
/**
 * Confirming a waiting guest from the console: the role they said they have, or another one. Unlike a
 * role change it only acts on someone who still waits, so a second click (or a second facilitator
 * with an older list) cannot quietly give a confirmed member another role.
 */
export const confirmGuestSchema = z.object({ role: roleSchema }).strict();
/** What members change about themselves. */
export const updateSelfSchema = z
  .object({
    displayName: displayNameSchema.optional(),
    organisation: organisationSchema.nullable().optional(),
    namedInExport: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

/** Counts per group, for the parity view. */
export const compositionSchema = z.object({
  bewoners: z.number().int(),
  ambtenaren: z.number().int(),
  partners: z.number().int(),
  facilitators: z.number().int(),
  observers: z.number().int(),
  /** Joined by code and waiting for the facilitator: in no group, never in the parity. */
  guests: z.number().int(),
});
export type Composition = z.infer<typeof compositionSchema>;

export function composition(roles: readonly MemberRole[]): Composition {
  const c: Composition = {
    bewoners: 0,
    ambtenaren: 0,
    partners: 0,
    facilitators: 0,
    observers: 0,
    guests: 0,
  };
  for (const r of roles) c[memberGroup(r)]++;
  return c;
}

/**
 * The werkgroep is balanced when residents and officials are about equal: the smaller group is at
 * least `PARITY_MIN_SHARE` of the larger one (and neither is missing).
 */
export const PARITY_MIN_SHARE = 0.8;
export type Balance = 'balanced' | 'too_few_bewoners' | 'too_few_ambtenaren' | 'empty';
export function balance(c: Pick<Composition, 'bewoners' | 'ambtenaren'>): Balance {
  if (c.bewoners === 0 && c.ambtenaren === 0) return 'empty';
  if (c.bewoners < c.ambtenaren * PARITY_MIN_SHARE) return 'too_few_bewoners';
  if (c.ambtenaren < c.bewoners * PARITY_MIN_SHARE) return 'too_few_ambtenaren';
  return 'balanced';
}
