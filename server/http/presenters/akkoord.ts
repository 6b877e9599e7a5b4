import type { Signature } from '../../../shared/akkoord/signature';
import type { AkkoordView } from '../../../shared/akkoord/view';
import type { AkkoordRoomView } from '../../../shared/sync/akkoordDoc';
import { linkStatus } from '../../domain/akkoord/links';
import { snapshotNow, textHashOf } from '../../domain/akkoord/snapshot';
import { loadAkkoord } from '../../domain/akkoord/state';
import { akkoordOf } from '../../domain/akkoord/text';
import type { DomainDeps } from '../../domain/deps';
import type { SigningLinkRow, StoredSignature } from '../../storage/AkkoordStore';
import type { Storage } from '../../storage/Storage';

/**
 * [AKK9] A signature as someone sees it: the signer's name (and which member signed) only with their
 * consent, or for the facilitator (`manager`); otherwise the screens say "Vertegenwoordiger van <partij>".
 */
export function presentSignature(s: StoredSignature, manager: boolean): Signature {
  const named = s.consentToBeNamed || manager;
  return { ...s, signerName: named ? s.signerName : null, memberId: named ? s.memberId : null, named };
}

/** A signing link as the facilitator sees it: never its token or hash. */
export const presentSigningLink = (l: SigningLinkRow, now: number) => ({
  id: l.id,
  partyId: l.partyId,
  versionId: l.versionId,
  createdAt: l.createdAt,
  expiresAt: l.expiresAt,
  usedAt: l.usedAt,
  voidedAt: l.voidedAt,
  status: linkStatus(l, now),
});

/**
 * The akkoord as a member sees it, and as its room holds it (`manager`: false). Only the facilitator
 * (`manager`) sees the names of signers who did not consent to be named ([AKK9]).
 */
export async function akkoordState(
  storage: Storage,
  werkgroepId: string,
  manager: boolean,
): Promise<AkkoordRoomView> {
  const [record, afspraken, signatures, progress] = await Promise.all([
    loadAkkoord(storage, werkgroepId),
    storage.listAfspraken(werkgroepId),
    storage.listSignatures(werkgroepId),
    storage.listProgress(werkgroepId),
  ]);
  const currentVersion = record.currentVersionId
    ? await storage.getAkkoordVersion(werkgroepId, record.currentVersionId)
    : null;
  return {
    akkoord: akkoordOf(record),
    afspraken,
    signatories: record.signatories,
    currentVersion,
    signatures: signatures.map((s) => presentSignature(s, manager)),
    progress,
  };
}

/** GET …/akkoord: the state, the hash of the text as it is now, and the facilitator's signing links. */
export async function akkoordView(
  deps: DomainDeps,
  werkgroepId: string,
  manager: boolean,
): Promise<AkkoordView> {
  const state = await akkoordState(deps.storage, werkgroepId, manager);
  const currentTextHash =
    state.currentVersion?.textHash ??
    textHashOf(await snapshotNow(deps, await loadAkkoord(deps.storage, werkgroepId), state.afspraken));
  const now = Date.now();
  const signingLinks = manager
    ? (await deps.storage.listSigningLinks(werkgroepId)).map((l) => presentSigningLink(l, now))
    : [];
  return { ...state, currentTextHash, signingLinks };
}
