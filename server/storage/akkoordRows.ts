import { z } from 'zod';
import { afspraakSchema } from '../../shared/akkoord/afspraak';
import { akkoordStatusSchema } from '../../shared/akkoord/akkoord';
import { progressEntrySchema } from '../../shared/akkoord/progress';
import { signatorySchema } from '../../shared/akkoord/signatory';
import { signatureSchema } from '../../shared/akkoord/signature';
import { frozenVersionSchema } from '../../shared/akkoord/version';
import type { AkkoordRecord, SigningLinkRow, StoredSignature } from './AkkoordStore';

/** Stored akkoord records, read back with the shared schemas (both backends keep them as JSON). */
const recordSchema = z.object({
  werkgroepId: z.string(),
  title: z.string(),
  status: akkoordStatusSchema,
  currentVersionId: z.string().nullable(),
  signatories: z.array(signatorySchema),
  updatedAt: z.number(),
});
const storedSignatureSchema = signatureSchema.omit({ signerName: true, named: true }).extend({
  signerName: z.string(),
});

const fromJson = (data: unknown): unknown => (typeof data === 'string' ? JSON.parse(data) : data);

export const parseAkkoord = (data: unknown): AkkoordRecord => recordSchema.parse(fromJson(data));
export const parseAfspraak = (data: unknown) => afspraakSchema.parse(fromJson(data));
export const parseVersion = (data: unknown) => frozenVersionSchema.parse(fromJson(data));
export const parseProgress = (data: unknown) => progressEntrySchema.parse(fromJson(data));
/** A stored signature with its voiding, which lives in its own column. */
export const parseSignature = (data: unknown, voidedAt: number | null): StoredSignature =>
  storedSignatureSchema.parse({ ...(fromJson(data) as object), voidedAt });

/** What a signature's JSON holds (its voiding is a column of its own, set by reopening). */
export const signatureData = (s: StoredSignature): Omit<StoredSignature, 'voidedAt'> => {
  const { voidedAt: _voided, ...data } = s;
  return data;
};

export type LinkColumns = {
  id: string;
  werkgroep_id: string;
  party_id: string;
  version_id: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  voided_at: number | null;
};

export const parseLink = (r: LinkColumns): SigningLinkRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  partyId: r.party_id,
  versionId: r.version_id,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  voidedAt: r.voided_at,
});
