import type { AkkoordActor } from '../../../shared/akkoord/access';
import { DEFAULT_AKKOORD_TITLE, isFrozen } from '../../../shared/akkoord/akkoord';
import type { Party } from '../../../shared/network/party';
import type { AkkoordRecord } from '../../storage/AkkoordStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import { DomainError } from '../errors';
import { loadNetwork } from '../network/state';

/** A werkgroep's akkoord as stored, or the empty concept every werkgroep starts with. */
export async function loadAkkoord(storage: Storage, werkgroepId: string): Promise<AkkoordRecord> {
  return (
    (await storage.getAkkoord(werkgroepId)) ?? {
      werkgroepId,
      title: DEFAULT_AKKOORD_TITLE,
      status: 'concept',
      currentVersionId: null,
      signatories: [],
      updatedAt: 0,
    }
  );
}

/**
 * Changes of one werkgroep's akkoord run one after the other, across instances on the same database
 * (the storage's room lock under a name no room has, as the network does): each reads, checks and
 * writes, and a concurrent change in between would be checked against a stale akkoord.
 */
export async function serially<T>(storage: Storage, werkgroepId: string, work: () => Promise<T>): Promise<T> {
  const lock = await storage.lockRoom(`akkoordrows:${werkgroepId}`);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

export const actorOf = (m: MemberRow): AkkoordActor => ({ memberId: m.id, role: m.role });

/** [AKK2] The text (introduction, afspraken, signatories) changes only while the akkoord is a concept. */
export function mustBeConcept(record: AkkoordRecord): void {
  if (isFrozen(record.status)) throw new DomainError('akkoord_frozen');
}

export const unknownReference = (field: string): DomainError =>
  new DomainError('akkoord_unknown_reference', [{ path: field, message: 'not in this werkgroep' }], {
    field,
  });

/** The parties of the werkgroep's wijknetwerk by id. */
export async function partiesById(storage: Storage, werkgroepId: string): Promise<Map<string, Party>> {
  return new Map((await loadNetwork(storage, werkgroepId)).parties.map((p) => [p.id, p]));
}

/** The sections of every document of the werkgroep, by id. */
export async function sectionsById(storage: Storage, werkgroepId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const doc of await storage.listDocuments(werkgroepId))
    for (const s of await storage.listSections(doc.id)) out.set(s.id, s.title);
  return out;
}

/** Every id in `ids` is a key of `known`. */
export function checkKnown(known: ReadonlyMap<string, unknown>, ids: readonly string[], field: string): void {
  for (const id of ids) if (!known.has(id)) throw unknownReference(field);
}

/** Today as a day in the Netherlands ('YYYY-MM-DD'): the date a signature or report carries. */
export const todayNl = (at = Date.now()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(at));
