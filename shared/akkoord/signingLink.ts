import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { akkoordStatusSchema } from './akkoord';
import { signingTokenSchema } from './common';
import { akkoordSnapshotSchema, snapshotPartySchema, textHashSchema } from './version';

/**
 * A one-time signing link for someone outside the werkgroep who signs for a party: bound to the frozen
 * version it was made for; the token exists only in the answer that made it (stored as a hash, like
 * invite codes). `voided`: the facilitator reopened the text (or made a new link for the party).
 */
export const SIGNING_LINK_STATUSES = ['open', 'used', 'expired', 'voided'] as const;
export const signingLinkStatusSchema = z.enum(SIGNING_LINK_STATUSES);
export type SigningLinkStatus = z.infer<typeof signingLinkStatusSchema>;

export const signingLinkSchema = z.object({
  id: idSchema,
  partyId: idSchema,
  versionId: idSchema,
  createdAt: z.number().int(),
  expiresAt: z.number().int(),
  usedAt: z.number().int().nullable(),
  voidedAt: z.number().int().nullable(),
  status: signingLinkStatusSchema,
});
export type SigningLink = z.infer<typeof signingLinkSchema>;

/** POST …/akkoord/tekenlinks */
export const createSigningLinkSchema = z.strictObject({ partyId: idSchema });
/** Its answer, once: the link to pass on (the token is in `url` and `token`). */
export const createdSigningLinkSchema = z.object({
  link: signingLinkSchema,
  url: z.string(),
  token: signingTokenSchema,
});
export type CreatedSigningLink = z.infer<typeof createdSigningLinkSchema>;

/** GET /api/akkoord-tekenen/:token — what the signing page shows: the frozen text, no one's signature. */
export const signingPageSchema = z.object({
  werkgroep: z.object({ name: z.string(), wijk: z.string(), gemeente: z.string() }),
  party: snapshotPartySchema,
  version: z.object({
    id: idSchema,
    name: z.string(),
    frozenAt: z.number().int(),
    textHash: textHashSchema,
    snapshot: akkoordSnapshotSchema,
  }),
});
export type SigningPage = z.infer<typeof signingPageSchema>;

/** The answer of a signature through a link: when, for which party, and where the akkoord stands now. */
export const signedWithLinkSchema = z.object({
  party: snapshotPartySchema,
  signedAt: z.string(),
  status: akkoordStatusSchema,
});
export type SignedWithLink = z.infer<typeof signedWithLinkSchema>;
