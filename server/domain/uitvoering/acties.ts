import type { Party } from '../../../shared/network/party';
import {
  mayAddActie,
  mayChangePublished,
  mayDeleteActie,
  mayEditActie,
  type UitvoeringActor,
} from '../../../shared/uitvoering/access';
import {
  type Actie,
  type CreateActie,
  UITVOERING_LIMITS,
  type UpdateActie,
} from '../../../shared/uitvoering/actie';
import { actieRulesProblems } from '../../../shared/uitvoering/rules';
import { newId } from '../../auth/tokens';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { checkParties, checkSection, loadNetwork, serially, unknownReference } from '../network/state';

export const actorOf = (m: MemberRow): UitvoeringActor => ({ memberId: m.id, role: m.role });

/** The werkgroep's parties (for who speaks for an actie's lead party). */
export const partiesOf = async (storage: Storage, werkgroepId: string): Promise<Party[]> =>
  (await loadNetwork(storage, werkgroepId)).parties;

/** [UIT1..3] The rules, on the actie as it would be stored. */
function checkRules(actie: Actie): void {
  const problem = actieRulesProblems(actie)[0];
  if (!problem) return;
  const issues = [{ path: problem.field, message: problem.code }];
  if (problem.code === 'reason_required') throw new DomainError('actie_reason_required', issues);
  if (problem.code === 'niet_beloven_required') throw new DomainError('actie_niet_beloven_required', issues);
  throw new DomainError('validation_failed', issues);
}

/**
 * What an actie names is in the werkgroep: its section, its parties, its besluiten, the afspraken of
 * its wijkakkoord. Runs under the network's lock
 * (`serially`), so a party is not removed between the check and the write.
 */
async function checkReferences(
  storage: Storage,
  werkgroepId: string,
  a: Actie,
  given: Partial<Record<keyof Actie, unknown>> = a,
): Promise<void> {
  // Only what a change gives is checked: a party removed from the network later leaves the actie editable.
  if (given.sectionId !== undefined) await checkSection(storage, werkgroepId, a.sectionId);
  const network = await loadNetwork(storage, werkgroepId);
  if (given.leadPartyId !== undefined) checkParties(network, [a.leadPartyId], 'leadPartyId');
  if (given.partnerPartyIds !== undefined) checkParties(network, a.partnerPartyIds, 'partnerPartyIds');
  if (given.decisionIds !== undefined && a.decisionIds.length > 0) {
    const known = new Set((await storage.listDecisions(werkgroepId)).map((d) => d.id));
    if (a.decisionIds.some((id) => !known.has(id))) throw unknownReference('decisionIds');
  }
  if (given.afspraakIds !== undefined && a.afspraakIds.length > 0) {
    const known = new Set((await storage.listAfspraken(werkgroepId)).map((x) => x.id));
    if (a.afspraakIds.some((id) => !known.has(id))) throw unknownReference('afspraakIds');
  }
}

export async function createActie(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: CreateActie,
): Promise<Actie> {
  if (!mayAddActie(actorOf(member))) throw new DomainError('forbidden');
  const at = Date.now();
  const actie: Actie = { id: newId(), ...input, createdBy: member.id, createdAt: at, updatedAt: at };
  checkRules(actie);
  return serially(storage, werkgroepId, async () => {
    if ((await storage.listActies(werkgroepId)).length >= UITVOERING_LIMITS.acties)
      throw new DomainError('limit_reached');
    await checkReferences(storage, werkgroepId, actie);
    await storage.putActie(werkgroepId, actie);
    return actie;
  });
}

/** Changes an actie; a member of the lead party may, but only the facilitator publishes or moves the lead. */
export async function updateActie(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  actieId: string,
  patch: UpdateActie,
): Promise<Actie> {
  const actor = actorOf(member);
  return serially(storage, werkgroepId, async () => {
    const actie = await storage.getActie(werkgroepId, actieId);
    if (!actie) throw new DomainError('not_found');
    if (!mayEditActie(actor, actie, await partiesOf(storage, werkgroepId)))
      throw new DomainError('forbidden');
    const managerOnly =
      (patch.published !== undefined && patch.published !== actie.published) ||
      (patch.leadPartyId !== undefined && patch.leadPartyId !== actie.leadPartyId);
    if (managerOnly && !mayChangePublished(actor)) throw new DomainError('forbidden');
    const next: Actie = { ...actie, ...patch, updatedAt: Date.now() };
    checkRules(next);
    await checkReferences(storage, werkgroepId, next, patch);
    await storage.putActie(werkgroepId, next);
    return next;
  });
}

export async function deleteActie(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  actieId: string,
): Promise<void> {
  if (!mayDeleteActie(actorOf(member))) throw new DomainError('forbidden');
  if (!(await storage.getActie(werkgroepId, actieId))) throw new DomainError('not_found');
  await storage.deleteActie(werkgroepId, actieId);
}
