import { maySignFor } from '../../../shared/akkoord/access';
import type { SignAsMember } from '../../../shared/akkoord/signature';
import type { FrozenVersion } from '../../../shared/akkoord/version';
import { newId } from '../../auth/tokens';
import type { AkkoordRecord, SignOutcome, StoredSignature } from '../../storage/AkkoordStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { actorOf, loadAkkoord, partiesById, serially, todayNl } from './state';

/**
 * [AKK6] The version parties sign now, when `versionId` and `textHash` are it: a signature on any
 * other text (reopened, changed, an old page left open) is refused with akkoord_text_changed.
 */
export async function currentVersionFor(
  storage: Storage,
  record: AkkoordRecord,
  versionId: string,
  textHash: string,
): Promise<FrozenVersion> {
  if (record.status === 'concept' || record.currentVersionId === null) {
    const known = await storage.getAkkoordVersion(record.werkgroepId, versionId);
    throw new DomainError(known ? 'akkoord_text_changed' : 'akkoord_not_frozen');
  }
  const version = await storage.getAkkoordVersion(record.werkgroepId, record.currentVersionId);
  if (!version || version.id !== versionId || version.textHash !== textHash)
    throw new DomainError('akkoord_text_changed');
  return version;
}

/** What a refused signature means for the caller. */
export function signRefusal(outcome: Exclude<SignOutcome['outcome'], 'signed'>): DomainError {
  if (outcome === 'already_signed') return new DomainError('akkoord_already_signed');
  if (outcome === 'text_changed') return new DomainError('akkoord_text_changed');
  return new DomainError('signing_link_used');
}

/** A member signs for a signatory party they are linked to, on the text frozen now. */
export async function signAsMember(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: SignAsMember,
): Promise<{ signature: StoredSignature; status: AkkoordRecord['status'] }> {
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    const version = await currentVersionFor(storage, record, input.versionId, input.textHash);
    const signatory = record.signatories.find((s) => s.partyId === input.partyId);
    if (!signatory) throw new DomainError('akkoord_not_signatory');
    const party = (await partiesById(storage, werkgroepId)).get(input.partyId);
    if (!maySignFor(actorOf(member), signatory, party)) throw new DomainError('forbidden');
    const at = Date.now();
    const signature: StoredSignature = {
      id: newId(),
      versionId: version.id,
      partyId: input.partyId,
      signerName: member.displayName,
      function: input.function,
      organisation: member.organisation ?? party?.name ?? '',
      signedAt: todayNl(at),
      consentToBeNamed: input.consentToBeNamed,
      via: 'member',
      memberId: member.id,
      voidedAt: null,
    };
    const result = await storage.addSignature(werkgroepId, signature, null, at);
    if (result.outcome !== 'signed') throw signRefusal(result.outcome);
    return { signature, status: result.status };
  });
}
