import { z } from 'zod';
import { idSchema, isoDateSchema, lineSchema } from './common';

export const ROLES = ['bewoner', 'ambtenaar', 'partner', 'facilitator', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

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

export const MEMBER_LIMITS = { displayNameMax: 40, organisationMax: 80 } as const;

export const displayNameSchema = lineSchema(MEMBER_LIMITS.displayNameMax);
export const organisationSchema = lineSchema(MEMBER_LIMITS.organisationMax);

export const memberSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  displayName: z.string(),
  organisation: z.string().nullable(),
  role: roleSchema,
  /** Agreed to be named in exported documents (otherwise only counted). */
  namedInExport: z.boolean(),
  joinedAt: isoDateSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** What the facilitator may change about a member. */
export const updateMemberSchema = z.object({ role: roleSchema });
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
});
export type Composition = z.infer<typeof compositionSchema>;

export function composition(roles: readonly Role[]): Composition {
  const c: Composition = { bewoners: 0, ambtenaren: 0, partners: 0, facilitators: 0, observers: 0 };
  for (const r of roles) c[roleGroup(r)]++;
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
