import { mayManageAkkoord } from '../../../shared/akkoord/access';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import type { SignWithLink } from '../../../shared/akkoord/signature';
import type { SigningLinkStatus } from '../../../shared/akkoord/signingLink';
import type { FrozenVersion } from '../../../shared/akkoord/version';
import { pagePath, SECRET_PAGES } from '../../../shared/api/pages';
import { hashToken, newId, newInviteCode } from '../../auth/tokens';
import type { AkkoordRecord, SigningLinkRow, StoredSignature } from '../../storage/AkkoordStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow, WerkgroepRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { signRefusal } from './signing';
import { actorOf, loadAkkoord, serially, todayNl } from './state';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A link's state at `now`. */
export function linkStatus(link: SigningLinkRow, now: number): SigningLinkStatus {
  if (link.usedAt !== null) return 'used';
  if (link.voidedAt !== null) return 'voided';
  return link.expiresAt <= now ? 'expired' : 'open';
}

/** A just-made link: its row, and the token and address that exist only now (the row keeps a hash). */
export interface NewSigningLink {
  row: SigningLinkRow;
  token: string;
  url: string;
}

/**
 * [AKK7] A one-time signing link for a signatory party (facilitator, while the text is frozen for
 * signing), made and hashed like an invite code; a new link voids the party's open one.
 */
export async function createSigningLink(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  partyId: string,
  origin: string,
): Promise<NewSigningLink> {
  if (!mayManageAkkoord(actorOf(member))) throw new DomainError('forbidden');
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    if (record.status !== 'ter_ondertekening' || record.currentVersionId === null)
      throw new DomainError('akkoord_not_frozen');
    if (!record.signatories.some((s) => s.partyId === partyId))
      throw new DomainError('akkoord_not_signatory');
    const signed = (await storage.listSignatures(werkgroepId)).some(
      (s) => s.versionId === record.currentVersionId && s.partyId === partyId && s.voidedAt === null,
    );
    if (signed) throw new DomainError('akkoord_already_signed');
    const token = newInviteCode();
    const now = Date.now();
    const row: SigningLinkRow = {
      id: newId(),
      werkgroepId,
      partyId,
      versionId: record.currentVersionId,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: now + AKKOORD_LIMITS.signingLinkDays * DAY_MS,
      usedAt: null,
      voidedAt: null,
    };
    await storage.createSigningLink(row);
    return { row, token, url: `${origin}${pagePath(SECRET_PAGES.akkoordSign, { token })}` };
  });
}

export async function revokeSigningLink(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  id: string,
) {
  if (!mayManageAkkoord(actorOf(member))) throw new DomainError('forbidden');
  if (!(await storage.revokeSigningLink(werkgroepId, id, Date.now()))) throw new DomainError('not_found');
}

/** A link's refusal by its state (410 for used, expired, voided). */
function refuseSpent(status: SigningLinkStatus): void {
  if (status === 'used') throw new DomainError('signing_link_used');
  if (status === 'expired') throw new DomainError('signing_link_expired');
  if (status === 'voided') throw new DomainError('signing_link_voided');
}

export interface OpenLink {
  link: SigningLinkRow;
  werkgroep: WerkgroepRow;
  record: AkkoordRecord;
  version: FrozenVersion;
}

/**
 * [AKK8] What a token opens: null when it matches no link (a guess: the route counts a miss); a 410
 * code when the link was used, expired or voided (also when its version is no longer the current one).
 */
export async function openLink(storage: Storage, token: string): Promise<OpenLink | null> {
  const link = await storage.getSigningLinkByHash(hashToken(token));
  if (!link) return null;
  refuseSpent(linkStatus(link, Date.now()));
  const werkgroep = await storage.getWerkgroep(link.werkgroepId);
  const record = await storage.getAkkoord(link.werkgroepId);
  const version = await storage.getAkkoordVersion(link.werkgroepId, link.versionId);
  if (!werkgroep || !record || !version) return null;
  if (record.currentVersionId !== link.versionId || record.status === 'concept')
    throw new DomainError('signing_link_voided');
  return { link, werkgroep, record, version };
}

/**
 * [AKK8] Someone outside the werkgroep signs through a link: exactly once (the store marks the link used
 * in the signature's transaction, so of two submits at once one wins), on the frozen text only.
 */
export async function signWithLink(
  { storage }: DomainDeps,
  token: string,
  input: SignWithLink,
): Promise<{ open: OpenLink; signature: StoredSignature; status: AkkoordRecord['status'] } | null> {
  const open = await openLink(storage, token);
  if (!open) return null;
  const { link, version } = open;
  if (input.textHash !== version.textHash) throw new DomainError('akkoord_text_changed');
  const at = Date.now();
  const signature: StoredSignature = {
    id: newId(),
    versionId: version.id,
    partyId: link.partyId,
    signerName: input.name,
    function: input.function,
    organisation: input.organisation,
    signedAt: todayNl(at),
    consentToBeNamed: input.consentToBeNamed,
    via: 'link',
    memberId: null,
    voidedAt: null,
  };
  const result = await serially(storage, link.werkgroepId, () =>
    storage.addSignature(link.werkgroepId, signature, link.tokenHash, at),
  );
  if (result.outcome === 'link_spent') {
    const now = await storage.getSigningLinkByHash(link.tokenHash);
    refuseSpent(now ? linkStatus(now, at) : 'voided');
  }
  if (result.outcome !== 'signed') throw signRefusal(result.outcome);
  return { open, signature, status: result.status };
}
