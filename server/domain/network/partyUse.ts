import { isInUse, type PartyInUseParams, quotedTitles } from '../../../shared/network/partyInUse';
import type { Storage } from '../../storage/Storage';
import { linkStatus } from '../akkoord/links';
import { loadAkkoord } from '../akkoord/state';
import { DomainError } from '../errors';

/**
 * Where the wijkakkoord and the uitvoeringsplan still name a party, read with their own stores' reads:
 * afspraken committing it, the list of signatories, signatures for it (every version: the list of
 * signatures shows voided ones too, by the party's name), its open signing links, acties it leads or
 * partners in. Spent links (used, voided, expired) are history the frozen versions keep.
 */
export async function partyUse(
  storage: Storage,
  werkgroepId: string,
  partyId: string,
): Promise<PartyInUseParams> {
  const [afspraken, record, signatures, links, acties] = await Promise.all([
    storage.listAfspraken(werkgroepId),
    loadAkkoord(storage, werkgroepId),
    storage.listSignatures(werkgroepId),
    storage.listSigningLinks(werkgroepId),
    storage.listActies(werkgroepId),
  ]);
  const now = Date.now();
  const committing = afspraken.filter((a) => a.partyIds.includes(partyId)).map((a) => a.what);
  const leads = acties.filter((a) => a.leadPartyId === partyId).map((a) => a.title);
  const partners = acties.filter((a) => a.partnerPartyIds.includes(partyId)).map((a) => a.title);
  return {
    afspraken: committing.length,
    afspraakTitles: quotedTitles(committing),
    signatory: record.signatories.some((s) => s.partyId === partyId) ? 1 : 0,
    signatures: signatures.filter((s) => s.partyId === partyId).length,
    signingLinks: links.filter((l) => l.partyId === partyId && linkStatus(l, now) === 'open').length,
    leads: leads.length,
    leadTitles: quotedTitles(leads),
    partners: partners.length,
    partnerTitles: quotedTitles(partners),
  };
}

/** 409 party_in_use, saying where, while the akkoord or an actie names the party. */
export async function refuseWhileInUse(
  storage: Storage,
  werkgroepId: string,
  partyId: string,
): Promise<void> {
  const use = await partyUse(storage, werkgroepId, partyId);
  if (isInUse(use)) throw new DomainError('party_in_use', undefined, use);
}
