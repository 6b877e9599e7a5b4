import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { authorDescription, recordAuthor } from '../../shared/editor/authorship';
import { DOCUMENT_FIELD, documentExtensions } from '../../shared/editor/extensions';
import { VERSION_LIMITS } from '../../shared/schemas/version';
import { roomName } from '../../shared/sync/rooms';
import { newId } from '../auth/tokens';
import type { DocumentRow, MemberRow, VersionRow } from '../storage/WorkspaceStore';
import type { DomainDeps } from './deps';
import { DomainError } from './errors';

/** The document schema, built from the one shared extension list (as the editor builds it). */
let schema: ReturnType<typeof getSchema> | null = null;
export const documentSchemaForServer = () => {
  schema ??= getSchema(documentExtensions());
  return schema;
};

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * A section as a saved version holds it: its whole Yjs state when saved (versions saved before
 * [SYNC13] also hold the deleted text of before; later ones hold its collected tombstones).
 */
export function versionSectionDoc(versionState: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdateV2(doc, fromBase64(versionState));
  return doc;
}

/**
 * Makes a section's text what it was in a version, as a new change on top of the current one:
 * the history keeps everything in between, and y-prosemirror updates only what differs. The change
 * is attributed to the facilitator who restores (a fresh Yjs client id recorded under them).
 */
function restoreSectionText(live: Y.Doc, versionState: string, facilitatorMemberId: string): void {
  const old = versionSectionDoc(versionState);
  const json = yXmlFragmentToProsemirrorJSON(old.getXmlFragment(DOCUMENT_FIELD));
  // A client id of its own for this restore, so the authorship view shows who brought it back.
  live.clientID = Math.floor(Math.random() * 0xffffffff);
  live.transact(() => {
    recordAuthor(live, [live.clientID], authorDescription('facilitators', facilitatorMemberId));
    prosemirrorJSONToYXmlFragment(documentSchemaForServer(), json, live.getXmlFragment(DOCUMENT_FIELD));
  });
}

/** A version of the document (404 when unknown or another document's). */
export async function versionOf({ storage }: Pick<DomainDeps, 'storage'>, documentId: string, id: string) {
  const version = await storage.getVersion(id);
  if (!version || version.documentId !== documentId) throw new DomainError('not_found');
  return version;
}

/** Saves every section's text as it is now under a name (limit_reached past the document's maximum). */
export async function saveVersion(
  { storage, rooms }: DomainDeps,
  document: DocumentRow,
  member: MemberRow,
  name: string,
): Promise<VersionRow> {
  if ((await storage.listVersions(document.id)).length >= VERSION_LIMITS.perDocument)
    throw new DomainError('limit_reached');
  const states = [];
  for (const s of await storage.listSections(document.id)) {
    // The whole state as it is now: a version keeps the section's text when saved, so it can be
    // shown, compared and restored whatever the room collects later ([SYNC13]).
    const state = await rooms.read(roomName('section', s.id), (doc) =>
      toBase64(Y.encodeStateAsUpdateV2(doc)),
    );
    states.push({ id: s.id, title: s.title, status: s.status, position: s.position, state });
  }
  const row: VersionRow = {
    id: newId(),
    documentId: document.id,
    name,
    createdBy: member.displayName,
    createdAt: Date.now(),
    sections: states,
  };
  await storage.createVersion(row);
  return row;
}

/**
 * Brings every section of a version back: its title, and its text as a new change by `member`. A
 * section removed since comes back, with the version's text, after the sections that preceded it.
 */
export async function restoreVersion(
  { storage, rooms }: DomainDeps,
  document: DocumentRow,
  version: VersionRow,
  member: MemberRow,
) {
  let restoredSections = 0;
  let recreatedSections = 0;
  for (const v of version.sections) {
    const section = await storage.getSection(v.id);
    if (!section) {
      const after = (await storage.listSections(document.id)).filter((s) => s.position < v.position).at(-1);
      await storage.insertSection(
        {
          id: v.id,
          documentId: document.id,
          title: v.title,
          prompt: '',
          status: 'concept',
          createdAt: Date.now(),
        },
        after?.id ?? null,
      );
      recreatedSections++;
    } else if (section.title !== v.title) {
      await storage.updateSection(section.id, { title: v.title });
    }
    await rooms.write(roomName('section', v.id), (doc) => restoreSectionText(doc, v.state, member.id));
    restoredSections++;
  }
  return { restoredSections, recreatedSections };
}
