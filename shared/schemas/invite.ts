import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { displayNameSchema, organisationSchema, roleSchema } from './member';

export const INVITE_LIMITS = { maxDays: 90, maxUses: 500, defaultDays: 14, defaultUses: 30 } as const;

/**
 * The admin's link for a werkgroep's facilitator: whoever opens it first becomes facilitator, so it
 * works once and not for long. A new one withdraws the facilitator links still open.
 */
export const FACILITATOR_INVITE = { expiresInDays: 7, maxUses: 1 } as const;

/** An invite code in a link: 32 url-safe characters. */
/** The form of every one-time secret the server makes (newInviteCode): invite codes and signing links. */
export const SECRET_CODE_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const inviteCodeSchema = z.string().regex(SECRET_CODE_PATTERN, 'not a valid invite code');

export const createInviteSchema = z.object({
  role: roleSchema,
  expiresInDays: z.number().int().min(1).max(INVITE_LIMITS.maxDays).default(INVITE_LIMITS.defaultDays),
  maxUses: z.number().int().min(1).max(INVITE_LIMITS.maxUses).default(INVITE_LIMITS.defaultUses),
});
export type CreateInvite = z.input<typeof createInviteSchema>;

export const INVITE_STATUSES = ['valid', 'expired', 'used_up', 'revoked'] as const;
export const inviteStatusSchema = z.enum(INVITE_STATUSES);
export type InviteStatus = z.infer<typeof inviteStatusSchema>;

export const inviteSchema = z.object({
  id: idSchema,
  werkgroepId: idSchema,
  role: roleSchema,
  expiresAt: isoDateSchema,
  maxUses: z.number().int(),
  uses: z.number().int(),
  status: inviteStatusSchema,
  createdAt: isoDateSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

/** Returned once, at creation: the code is stored hashed and cannot be shown again. */
export const createdInviteSchema = z.object({
  invite: inviteSchema,
  url: z.string(),
  code: inviteCodeSchema,
});
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

/** What someone opening an invite link may see before joining. */
export const invitePreviewSchema = z.object({
  werkgroep: z.object({ name: z.string(), wijk: z.string(), gemeente: z.string() }),
  role: roleSchema,
  status: inviteStatusSchema,
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const acceptInviteSchema = z.object({
  displayName: displayNameSchema,
  organisation: organisationSchema.optional(),
  consent: z.literal(true, { error: 'consent to the privacy statement is required' }),
  namedInExport: z.boolean().default(false),
});
export type AcceptInvite = z.input<typeof acceptInviteSchema>;
