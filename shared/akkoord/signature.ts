import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';
import { AKKOORD_LIMITS, daySchema } from './common';
import { textHashSchema } from './version';

export const SIGNED_VIA = ['member', 'link'] as const;

/**
 * A party's signature under one frozen version. `voidedAt` is set when the facilitator reopened the
 * text: a voided signature is kept (and shown as voided) but counts no more.
 * Naming ([AKK9]): `signerName` is null in every answer but the facilitator's when the signer did not
 * consent to be named (`named: false`); screens and exports then say "Vertegenwoordiger van <partij>".
 */
export const signatureSchema = z.object({
  id: idSchema,
  versionId: idSchema,
  partyId: idSchema,
  signerName: z.string().nullable(),
  named: z.boolean(),
  function: z.string(),
  organisation: z.string(),
  signedAt: daySchema,
  consentToBeNamed: z.boolean(),
  via: z.enum(SIGNED_VIA),
  /** The member who signed (via member); null for a signing link. */
  memberId: idSchema.nullable(),
  voidedAt: z.number().int().nullable(),
});
export type Signature = z.infer<typeof signatureSchema>;

const signerFunction = lineSchema(AKKOORD_LIMITS.functionLength);

/** POST …/akkoord/ondertekenen: a member signs for a party they are linked to. */
export const signAsMemberSchema = z.strictObject({
  versionId: idSchema,
  textHash: textHashSchema,
  partyId: idSchema,
  function: signerFunction,
  consentToBeNamed: z.boolean(),
});
export type SignAsMember = z.infer<typeof signAsMemberSchema>;

/** POST /api/akkoord-tekenen/:token: someone outside the werkgroep signs through a one-time link. */
export const signWithLinkSchema = z.strictObject({
  name: lineSchema(AKKOORD_LIMITS.signerNameLength),
  function: signerFunction,
  organisation: lineSchema(AKKOORD_LIMITS.organisationLength),
  consentToBeNamed: z.boolean(),
  textHash: textHashSchema,
});
export type SignWithLink = z.infer<typeof signWithLinkSchema>;
