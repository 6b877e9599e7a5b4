import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { authorDescription, recordAuthor } from '../../../../shared/editor/authorship';
import { DOCUMENT_FIELD, documentExtensions } from '../../../../shared/editor/extensions';

/** The document schema, built from the one shared extension list (as the editor builds it). */
let schema: ReturnType<typeof getSchema> | null = null;
export const documentSchemaForServer = () => {
  schema ??= getSchema(documentExtensions());
  return schema;
};

export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * Makes a section's text what it was in a version, as a new change on top of the current one:
 * the history keeps everything in between, and y-prosemirror updates only what differs. The change
 * is attributed to the facilitator who restores (a fresh Yjs client id recorded under them).
 */
/**
 * A section as a saved version holds it: its whole Yjs state when saved (versions saved before
 * [SYNC13] also hold the deleted text of before; later ones hold its collected tombstones).
 */
export function versionSectionDoc(versionState: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdateV2(doc, fromBase64(versionState));
  return doc;
}

export function restoreSectionText(live: Y.Doc, versionState: string, facilitatorMemberId: string): void {
  const old = versionSectionDoc(versionState);
  const json = yXmlFragmentToProsemirrorJSON(old.getXmlFragment(DOCUMENT_FIELD));
  // A client id of its own for this restore, so the authorship view shows who brought it back.
  live.clientID = Math.floor(Math.random() * 0xffffffff);
  live.transact(() => {
    recordAuthor(live, [live.clientID], authorDescription('facilitators', facilitatorMemberId));
    prosemirrorJSONToYXmlFragment(documentSchemaForServer(), json, live.getXmlFragment(DOCUMENT_FIELD));
  });
}
