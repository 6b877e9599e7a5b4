import { z } from 'zod';
import { CLAIMABLE_ROLES, MEMBER_ROLES, type MemberRole, memberGroup, ROLES } from '../roles';
import { idSchema, isoDateSchema, lineSchema } from './common';

// The roles themselves, their groups and their rules live in shared/roles.ts; the schemas build on them.
export {
  CLAIMABLE_ROLES,
  type ClaimableRole,
  GUEST,
  isGuest,
  MEMBER_ROLES,
  type MemberGroup,
  type MemberRole,
  memberGroup,
  ROLE_GROUPS,
  ROLES,
  type Role,
  type RoleGroup,
  roleGroup,
} from '../roles';

export const roleSchema = z.enum(ROLES);
export const memberRoleSchema = z.enum(MEMBER_ROLES);
export const claimableRoleSchema = z.enum(CLAIMABLE_ROLES);

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
