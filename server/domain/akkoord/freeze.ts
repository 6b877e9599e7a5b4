import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { mayManageAkkoord } from '../../../shared/akkoord/access';
import { canonicalJson } from '../../../shared/akkoord/canonical';
import type { FrozenVersion, ProseMirrorJson } from '../../../shared/akkoord/version';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';
import { roomName } from '../../../shared/sync/rooms';
import { newId } from '../../auth/tokens';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { documentSchemaForServer } from '../versions';
import { snapshotNow, textHashOf } from './snapshot';
import { actorOf, loadAkkoord, serially } from './state';

function mayManage(member: MemberRow): void {
  if (!mayManageAkkoord(actorOf(member))) throw new DomainError('forbidden');
}

/**
 * [AKK2] Makes the introduction's room hold exactly the frozen text. Its sockets were closed when the
 * akkoord was frozen (they come back read-only), but an edit sent just before may have arrived after the
 * snapshot was read: the frozen text wins, so what the room shows is what is signed.
 */
async function keepFrozenIntroduction(
  rooms: DomainDeps['rooms'],
  werkgroepId: string,
  frozen: ProseMirrorJson,
): Promise<void> {
  await rooms.write(roomName('akkoord', werkgroepId), (doc) => {
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    if (canonicalJson(yXmlFragmentToProsemirrorJSON(fragment)) === canonicalJson(frozen)) return;
    prosemirrorJSONToYXmlFragment(documentSchemaForServer(), frozen, fragment);
  });
}

/**
 * [AKK3] The facilitator freezes the text as a named version: the introduction from its stored room,
 * the afspraken and signatories, and its hash. The akkoord is then ter_ondertekening and its text
 * read-only: the introduction's sockets close and reconnect read-only ([SYNC6]).
 */
export async function freezeAkkoord(
  deps: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  name: string,
): Promise<FrozenVersion> {
  mayManage(member);
  const { storage, rooms } = deps;
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    if (record.status !== 'concept') throw new DomainError('akkoord_frozen');
    if (record.signatories.length === 0)
      throw new DomainError('validation_failed', [
        { path: 'signatories', message: 'choose who signs first' },
      ]);
    const snapshot = await snapshotNow(deps, record, await storage.listAfspraken(werkgroepId));
    const at = Date.now();
    const version: FrozenVersion = {
      id: newId(),
      name,
      frozenAt: at,
      frozenBy: member.id,
      textHash: textHashOf(snapshot),
      snapshot,
    };
    const next = {
      ...record,
      status: 'ter_ondertekening' as const,
      currentVersionId: version.id,
      updatedAt: at,
    };
    if (!(await storage.freezeAkkoord(next, version))) throw new DomainError('akkoord_frozen');
    rooms.closeRoom(roomName('akkoord', werkgroepId), { kind: 'all' });
    await keepFrozenIntroduction(rooms, werkgroepId, snapshot.introduction);
    return version;
  });
}

/**
 * [AKK5] Back to concept: every signature of the frozen version is voided (and every open signing link);
 * the answer says how many signatures, so the client can say so. The introduction's sockets reconnect
 * with the right to write again.
 */
export async function reopenAkkoord(
  { storage, rooms }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
): Promise<number> {
  mayManage(member);
  return serially(storage, werkgroepId, async () => {
    const record = await loadAkkoord(storage, werkgroepId);
    if (record.status === 'concept' || record.currentVersionId === null)
      throw new DomainError('akkoord_not_frozen');
    const at = Date.now();
    const next = { ...record, status: 'concept' as const, currentVersionId: null, updatedAt: at };
    const voided = await storage.reopenAkkoord(next, record.currentVersionId, at);
    if (voided === null) throw new DomainError('akkoord_not_frozen');
    rooms.closeRoom(roomName('akkoord', werkgroepId), { kind: 'all' });
    return voided;
  });
}
