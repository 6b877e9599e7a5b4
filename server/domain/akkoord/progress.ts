import { mayReportProgress } from '../../../shared/akkoord/access';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import type { CreateProgress, ProgressEntry } from '../../../shared/akkoord/progress';
import { newId } from '../../auth/tokens';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { actorOf, partiesById, serially } from './state';

/**
 * [AKK10] Progress on an afspraak, for one of its committing parties, by a member linked to that party
 * or by the facilitator. Not part of the signed text: it is reported in every status.
 */
export async function addProgress(
  { storage }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  afspraakId: string,
  input: CreateProgress,
): Promise<ProgressEntry> {
  return serially(storage, werkgroepId, async () => {
    const afspraak = (await storage.listAfspraken(werkgroepId)).find((a) => a.id === afspraakId);
    if (!afspraak) throw new DomainError('not_found');
    const party = (await partiesById(storage, werkgroepId)).get(input.partyId);
    if (!mayReportProgress(actorOf(member), afspraak, input.partyId, party))
      throw new DomainError('forbidden');
    const count = (await storage.listProgress(werkgroepId)).filter((p) => p.afspraakId === afspraakId).length;
    if (count >= AKKOORD_LIMITS.progressPerAfspraak) throw new DomainError('limit_reached');
    const entry: ProgressEntry = {
      id: newId(),
      afspraakId,
      status: input.status,
      date: input.date,
      text: input.text,
      memberId: member.id,
      partyId: input.partyId,
      createdAt: Date.now(),
    };
    await storage.addProgress(werkgroepId, entry);
    return entry;
  });
}
