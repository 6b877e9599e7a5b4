import crypto from 'node:crypto';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { Afspraak } from '../../../shared/akkoord/afspraak';
import { canonicalJson } from '../../../shared/akkoord/canonical';
import type { AkkoordSnapshot, ProseMirrorJson } from '../../../shared/akkoord/version';
import { DOCUMENT_FIELD } from '../../../shared/editor/documentField';
import { roomName } from '../../../shared/sync/rooms';
import type { AkkoordRecord } from '../../storage/AkkoordStore';
import type { DomainDeps } from '../deps';
import { partiesById, sectionsById } from './state';

/** [AKK4] The text hash: sha-256 (hex) over the snapshot as canonical JSON. */
export const textHashOf = (snapshot: AkkoordSnapshot): string =>
  crypto.createHash('sha256').update(canonicalJson(snapshot)).digest('hex');

const EMPTY_DOC: ProseMirrorJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The introduction as its room holds it now, as ProseMirror JSON (read with the shared schema's layout). */
export async function introductionNow(
  rooms: DomainDeps['rooms'],
  werkgroepId: string,
): Promise<ProseMirrorJson> {
  const json = await rooms.read(roomName('akkoord', werkgroepId), (doc) =>
    yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FIELD)),
  );
  const parsed = json as ProseMirrorJson;
  return parsed.content && parsed.content.length > 0 ? parsed : EMPTY_DOC;
}

/**
 * Everything the parties would sign if the text were frozen now: title, introduction, afspraken (in
 * order), signatories, and the names of the parties, sections and decisions they name, as they are now.
 */
export async function snapshotNow(
  { storage, rooms }: DomainDeps,
  record: AkkoordRecord,
  afspraken: readonly Afspraak[],
): Promise<AkkoordSnapshot> {
  const werkgroepId = record.werkgroepId;
  const parties = await partiesById(storage, werkgroepId);
  const sections = await sectionsById(storage, werkgroepId);
  const decisions = new Map((await storage.listDecisions(werkgroepId)).map((d) => [d.id, d]));
  const party = (id: string) => {
    const p = parties.get(id);
    return { id, name: p?.name ?? '', kind: p?.kind ?? '' };
  };
  const named = (pick: (a: Afspraak) => readonly string[]) => [...new Set(afspraken.flatMap(pick))];
  return {
    title: record.title,
    introduction: await introductionNow(rooms, werkgroepId),
    afspraken: [...afspraken],
    signatories: record.signatories.map((s) => ({ ...party(s.partyId), representative: s.representative })),
    parties: named((a) => a.partyIds).map(party),
    sections: named((a) => a.sectionIds).map((id) => ({ id, title: sections.get(id) ?? '' })),
    decisions: named((a) => a.decisionIds).map((id) => {
      const d = decisions.get(id);
      return { id, number: d?.number ?? 0, title: d ? d.text || d.question : '' };
    }),
  };
}
