import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { AKKOORD_LIMITS } from './common';

/**
 * A party of the wijknetwerk that signs the akkoord, and who signs for it: a member of the werkgroep
 * linked to that party (party.memberIds; `memberId` names the one expected, null: any linked member),
 * or someone outside the werkgroep through a one-time signing link.
 */
export const representativeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: idSchema.nullable() }),
  z.object({ kind: z.literal('outside') }),
]);
export type Representative = z.infer<typeof representativeSchema>;

export const signatorySchema = z.object({ partyId: idSchema, representative: representativeSchema });
export type Signatory = z.infer<typeof signatorySchema>;

/** PUT …/akkoord/ondertekenaars: the whole list (each party once). */
export const putSignatoriesSchema = z.strictObject({
  signatories: z
    .array(signatorySchema)
    .max(AKKOORD_LIMITS.signatories)
    .refine((s) => new Set(s.map((x) => x.partyId)).size === s.length, 'no party twice'),
});
export type PutSignatories = z.infer<typeof putSignatoriesSchema>;

/**
 * A check, not a refusal: an akkoord of the wijk is signed by residents and municipality side by side,
 * so the answer warns when no bewonersinitiatief or no gemeentelijke afdeling is among the signatories.
 */
export const SIGNATORY_WARNINGS = ['no_bewoners', 'no_gemeente'] as const;
export const signatoryWarningSchema = z.enum(SIGNATORY_WARNINGS);
export type SignatoryWarning = z.infer<typeof signatoryWarningSchema>;

/** The party kinds the warnings look for (shared/network/party.ts PARTY_KINDS). */
export const BEWONERS_KIND = 'bewonersinitiatief';
export const GEMEENTE_KIND = 'gemeente_afdeling';

/** Which warnings a list of signatory parties (by kind) gives. */
export function signatoryWarnings(kinds: readonly string[]): SignatoryWarning[] {
  const out: SignatoryWarning[] = [];
  if (!kinds.includes(BEWONERS_KIND)) out.push('no_bewoners');
  if (!kinds.includes(GEMEENTE_KIND)) out.push('no_gemeente');
  return out;
}

/** The answer of PUT …/ondertekenaars. */
export const signatoriesAnswerSchema = z.object({
  signatories: z.array(signatorySchema),
  warnings: z.array(signatoryWarningSchema),
});
export type SignatoriesAnswer = z.infer<typeof signatoriesAnswerSchema>;
