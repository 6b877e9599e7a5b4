import { mayEditAkkoord, mayManageAkkoord } from '../../../shared/akkoord/access';
import type { Afspraak, CreateAfspraak, UpdateAfspraak } from '../../../shared/akkoord/afspraak';
import type { Akkoord } from '../../../shared/akkoord/akkoord';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import {
  type PutSignatories,
  type SignatoriesAnswer,
  signatoryWarnings,
} from '../../../shared/akkoord/signatory';
import { newId } from '../../auth/tokens';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import {
  actorOf,
  checkKnown,
  loadAkkoord,
  mustBeConcept,
  partiesById,
  sectionsById,
  serially,
  unknownReference,
} from './state';

/** The akkoord's public part (its record without the signatories, which the view lists apart). */
export const akkoordOf = (r: Awaited<ReturnType<typeof loadAkkoord>>): Akkoord => ({
  werkgroepId: r.werkgroepId,
  title: r.title,
  status: r.status,
  currentVersionId: r.currentVersionId,
  updatedAt: r.updatedAt,
});

/** Who may change the text: contributors (`akkoord.edit`), while it is a concept. */
function mayEdit(member: MemberRow): void {
  if (!mayEditAkkoord(actorOf(member))) throw new DomainError('forbidden');
}

/** The references an afspraak gives are the werkgroep's parties, sections and decisions. */
async function checkReferences(storage: Storage, werkgroepId: string, a: UpdateAfspraak): Promise<void> {
  if (a.partyIds?.length) checkKnown(await partiesById(storage, werkgroepId), a.partyIds, 'partyIds');
  if (a.sectionIds?.length) checkKnown(await sectionsById(storage, werkgroepId), a.sectionIds, 'sectionIds');
  if (a.decisionIds?.length) {
    const decisions = new Map((await storage.listDecisions(werkgroepId)).map((d) => [d.id, d]));
    checkKnown(decisions, a.decisionIds, 'decisionIds');
  }
}

export async function updateTitle(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  title: string,
) {
  mayEdit(member);
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    mustBeConcept(record);
    const next = { ...record, title, updatedAt: Date.now() };
    await storage.putAkkoord(next);
    return akkoordOf(next);
  });
}

/** A new afspraak at the end. */
export async function createAfspraak(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateAfspraak,
): Promise<Afspraak> {
  mayEdit(member);
  return serially(storage, werkgroepId, async () => {
    mustBeConcept(await loadAkkoord(storage, werkgroepId));
    const list = await storage.listAfspraken(werkgroepId);
    if (list.length >= AKKOORD_LIMITS.afspraken) throw new DomainError('limit_reached');
    await checkReferences(storage, werkgroepId, input);
    const at = Date.now();
    const position = list.reduce((max, a) => Math.max(max, a.position + 1), 0);
    const afspraak: Afspraak = {
      id: newId(),
      ...input,
      position,
      createdBy: member.id,
      createdAt: at,
      updatedAt: at,
    };
    await storage.putAfspraken(werkgroepId, [afspraak]);
    return afspraak;
  });
}

export async function updateAfspraak(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  afspraakId: string,
  patch: UpdateAfspraak,
): Promise<Afspraak> {
  mayEdit(member);
  return serially(storage, werkgroepId, async () => {
    mustBeConcept(await loadAkkoord(storage, werkgroepId));
    const current = (await storage.listAfspraken(werkgroepId)).find((a) => a.id === afspraakId);
    if (!current) throw new DomainError('not_found');
    await checkReferences(storage, werkgroepId, patch);
    const next: Afspraak = { ...current, ...patch, updatedAt: Date.now() };
    await storage.putAfspraken(werkgroepId, [next]);
    return next;
  });
}

export async function deleteAfspraak(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  id: string,
) {
  mayEdit(member);
  await serially(storage, werkgroepId, async () => {
    mustBeConcept(await loadAkkoord(storage, werkgroepId));
    if (!(await storage.deleteAfspraak(werkgroepId, id))) throw new DomainError('not_found');
  });
}

/** A new order: `ids` must name every afspraak once. */
export async function reorderAfspraken(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  ids: readonly string[],
): Promise<Afspraak[]> {
  mayEdit(member);
  return serially(storage, werkgroepId, async () => {
    mustBeConcept(await loadAkkoord(storage, werkgroepId));
    const list = await storage.listAfspraken(werkgroepId);
    const byId = new Map(list.map((a) => [a.id, a]));
    if (ids.length !== list.length || ids.some((id) => !byId.has(id))) throw unknownReference('ids');
    const next = ids.map((id, position) => ({ ...(byId.get(id) as Afspraak), position }));
    await storage.putAfspraken(werkgroepId, next);
    return next;
  });
}

/**
 * Which parties sign (facilitator, while a concept). Each is a party of the wijknetwerk; a named member
 * representative is a member linked to that party. The answer warns when bewoners or gemeente are
 * missing among them (a check, not a refusal).
 */
export async function putSignatories(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: PutSignatories,
): Promise<SignatoriesAnswer> {
  if (!mayManageAkkoord(actorOf(member))) throw new DomainError('forbidden');
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    mustBeConcept(record);
    const parties = await partiesById(storage, werkgroepId);
    checkKnown(
      parties,
      input.signatories.map((s) => s.partyId),
      'signatories',
    );
    for (const s of input.signatories) {
      const rep = s.representative;
      if (
        rep.kind === 'member' &&
        rep.memberId !== null &&
        !parties.get(s.partyId)?.memberIds.includes(rep.memberId)
      )
        throw unknownReference('signatories.representative.memberId');
    }
    await storage.putAkkoord({ ...record, signatories: input.signatories, updatedAt: Date.now() });
    const kinds = input.signatories.map((s) => parties.get(s.partyId)?.kind ?? '');
    return { signatories: input.signatories, warnings: signatoryWarnings(kinds) };
  });
}
