import type { Afspraak } from '../../shared/akkoord/afspraak';
import type { AkkoordStatus } from '../../shared/akkoord/akkoord';
import type { ProgressEntry } from '../../shared/akkoord/progress';
import type { Signatory } from '../../shared/akkoord/signatory';
import type { Signature } from '../../shared/akkoord/signature';
import type { FrozenVersion } from '../../shared/akkoord/version';
import { methodsOf } from './methods';

/** A werkgroep's akkoord as stored: the shared `Akkoord` with its signatories. */
export interface AkkoordRecord {
  werkgroepId: string;
  title: string;
  status: AkkoordStatus;
  currentVersionId: string | null;
  signatories: Signatory[];
  updatedAt: number;
}

/** A signature as stored: always with the signer's name (answers hide it without consent, [AKK9]). */
export type StoredSignature = Omit<Signature, 'signerName' | 'named'> & { signerName: string };

/** A one-time signing link as stored: the token only as its hash. */
export interface SigningLinkRow {
  id: string;
  werkgroepId: string;
  partyId: string;
  versionId: string;
  tokenHash: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  voidedAt: number | null;
}

/** What adding a signature came to ([STORE-AKK4]). */
export type SignOutcome =
  /** Stored; `status` is the akkoord's status after it (getekend once every signatory party signed). */
  | { outcome: 'signed'; status: AkkoordStatus }
  /** The version is not the one frozen for signing now (reopened, or never frozen). */
  | { outcome: 'text_changed' }
  /** The link was used, voided or expired (by the time the transaction ran). */
  | { outcome: 'link_spent' }
  /** The party already has a valid signature under this version. */
  | { outcome: 'already_signed' };

/**
 * The wijkakkoord of each werkgroep: the akkoord with its signatories, afspraken, frozen versions,
 * signatures, one-time signing links and progress. Records are kept whole as JSON and read back with
 * the shared schemas; what must hold across records (one valid signature per party and version, a link
 * used once, signatures voided when the text is reopened) is kept in one transaction here.
 */
export interface AkkoordStore {
  getAkkoord(werkgroepId: string): Promise<AkkoordRecord | null>;
  /** Inserts or replaces the akkoord ([STORE-AKK1]). */
  putAkkoord(record: AkkoordRecord): Promise<void>;
  /** The afspraken by position. */
  listAfspraken(werkgroepId: string): Promise<Afspraak[]>;
  /** Inserts or replaces each afspraak, all in one transaction ([STORE-AKK2]). */
  putAfspraken(werkgroepId: string, afspraken: readonly Afspraak[]): Promise<void>;
  /** Removes an afspraak with its progress; false when there was none. */
  deleteAfspraak(werkgroepId: string, afspraakId: string): Promise<boolean>;
  /**
   * [STORE-AKK3] Stores the frozen version and the akkoord (now pointing at it) in one transaction, only
   * while the stored akkoord is a concept (or none is stored); false otherwise, storing nothing.
   */
  freezeAkkoord(record: AkkoordRecord, version: FrozenVersion): Promise<boolean>;
  getAkkoordVersion(werkgroepId: string, versionId: string): Promise<FrozenVersion | null>;
  /**
   * [STORE-AKK3] Back to `record` (a concept) in one transaction, only while the stored akkoord's
   * current version is `versionId`: voids every valid signature of that version and every open signing
   * link of the werkgroep at `at`. Returns how many signatures it voided, or null (nothing changed).
   */
  reopenAkkoord(record: AkkoordRecord, versionId: string, at: number): Promise<number | null>;
  /**
   * [STORE-AKK4] Adds a signature in one transaction: its version must be the current one of an akkoord
   * ter_ondertekening; with `linkTokenHash` the link must be open (unused, not voided, not expired at
   * `signature`'s moment `at`) and is marked used; the party must have no valid signature yet. When every
   * signatory party then has one, the akkoord becomes getekend.
   */
  addSignature(
    werkgroepId: string,
    signature: StoredSignature,
    linkTokenHash: string | null,
    at: number,
  ): Promise<SignOutcome>;
  /** Every signature of the werkgroep (every version, voided ones too), oldest first. */
  listSignatures(werkgroepId: string): Promise<StoredSignature[]>;
  /** [STORE-AKK5] Stores a link and voids the open links of the same party (one open link per party). */
  createSigningLink(row: SigningLinkRow): Promise<void>;
  getSigningLinkByHash(tokenHash: string): Promise<SigningLinkRow | null>;
  /** Oldest first. */
  listSigningLinks(werkgroepId: string): Promise<SigningLinkRow[]>;
  /** Voids a link not used yet; false when there is no such open link. */
  revokeSigningLink(werkgroepId: string, linkId: string, at: number): Promise<boolean>;
  /** [STORE-AKK6] Progress entries are only added. */
  addProgress(werkgroepId: string, entry: ProgressEntry): Promise<void>;
  /** Oldest first. */
  listProgress(werkgroepId: string): Promise<ProgressEntry[]>;
}

export const AKKOORD_STORE_METHODS = methodsOf<AkkoordStore>({
  getAkkoord: true,
  putAkkoord: true,
  listAfspraken: true,
  putAfspraken: true,
  deleteAfspraak: true,
  freezeAkkoord: true,
  getAkkoordVersion: true,
  reopenAkkoord: true,
  addSignature: true,
  listSignatures: true,
  createSigningLink: true,
  getSigningLinkByHash: true,
  listSigningLinks: true,
  revokeSigningLink: true,
  addProgress: true,
  listProgress: true,
});

/** Whether every signatory party has a valid signature under `versionId`. */
export function everyoneSigned(
  record: Pick<AkkoordRecord, 'signatories'>,
  signatures: readonly Pick<StoredSignature, 'versionId' | 'partyId' | 'voidedAt'>[],
  versionId: string,
): boolean {
  const signed = new Set(
    signatures.filter((s) => s.versionId === versionId && s.voidedAt === null).map((s) => s.partyId),
  );
  return record.signatories.length > 0 && record.signatories.every((s) => signed.has(s.partyId));
}
