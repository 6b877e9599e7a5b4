import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { z } from 'zod';
import { authorDescription, recordAuthor } from '../../../shared/editor/authorship';
import { DOCUMENT_FIELD } from '../../../shared/editor/extensions';
import { can } from '../../../shared/permissions';
import type { boardToDocumentSchema } from '../../../shared/schemas/board';
import { memberGroup } from '../../../shared/schemas/member';
import { SECTION_LIMITS } from '../../../shared/schemas/section';
import { type Note, readFrames, readNotes } from '../../../shared/sync/boardDoc';
import { boardRooms, roomName } from '../../../shared/sync/rooms';
import { newId } from '../../auth/tokens';
import type { BoardRow } from '../../storage/BoardStore';
import type { Storage } from '../../storage/Storage';
import type { DocumentRow, MemberRow, SectionRow } from '../../storage/WorkspaceStore';
import type { DomainDeps, Rooms } from '../deps';
import { DomainError } from '../errors';
import { refusal } from '../loaders';
import { documentSchemaForServer } from '../versions';

type BoardToDocument = z.output<typeof boardToDocumentSchema>;

type PmNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: unknown[];
};

const paragraph = (text: string): PmNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});
const bulletList = (items: readonly string[]): PmNode => ({
  type: 'bulletList',
  content: items.map((t) => ({ type: 'listItem', content: [paragraph(t)] })),
});
/** "Uit het bord …", linking back to the board (provenance). */
const source = (label: string, href: string): PmNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] }],
});
/** Notes in reading order: top to bottom, then left to right. */
const readingOrder = (notes: Note[]) => [...notes].sort((a, b) => a.y - b.y || a.x - b.x);

/** The board and the document, both of the werkgroep (404 otherwise). */
export async function boardAndDocument(
  storage: Storage,
  werkgroepId: string,
  boardId: string,
  documentId: string,
) {
  const board = await storage.getBoard(boardId);
  const document = await storage.getDocument(documentId);
  if (!board || board.werkgroepId !== werkgroepId || document?.werkgroepId !== werkgroepId)
    throw new DomainError('not_found');
  return { board, document };
}

/** What a note or frame becomes in a document: a title for a new section, and the text to add. */
export interface BoardExcerpt {
  title: string;
  text: PmNode[];
}

/**
 * The note or frame picked, from the open room or the locked one (hidden notes are not on the board
 * yet; 404 when neither has it), as text that links back to the board at `origin`.
 */
export async function boardExcerpt(
  rooms: Rooms,
  board: BoardRow,
  member: MemberRow,
  pick: Pick<BoardToDocument, 'frameId' | 'noteId' | 'as'>,
  origin: string,
): Promise<BoardExcerpt> {
  const r = boardRooms(board.id, member.id);
  const content = async (room: string) =>
    rooms.read(room, (doc) => ({ notes: readNotes(doc), frames: readFrames(doc) }));
  const [open, locked] = [await content(r.board), await content(r.locked)];
  const notes = [...open.notes, ...locked.notes];
  const frame = [...open.frames, ...locked.frames].find((f) => f.id === pick.frameId);
  const note = notes.find((n) => n.id === pick.noteId);
  if (!frame && !note) throw new DomainError('not_found');
  const texts = frame ? readingOrder(notes.filter((n) => n.frameId === frame.id)).map((n) => n.text) : [];
  const title =
    (frame?.title ?? note?.text.split('\n')[0] ?? '').slice(0, SECTION_LIMITS.titleMax).trim() || board.title;
  const link = source(`Uit het bord “${board.title}”`, `${origin}/w/${board.werkgroepId}/borden/${board.id}`);
  // A frame is a list either way; a note is a paragraph in a new section, a one-item list in a list.
  const text = frame
    ? [bulletList(texts), link]
    : pick.as === 'list'
      ? [bulletList([note?.text ?? '']), link]
      : [paragraph(note?.text ?? ''), link];
  return { title, text };
}

/**
 * Where the excerpt goes: an existing section of the document (as a list: the member must be allowed
 * to write it), or a new section at the end (`created`: its document's structure changed).
 */
export async function targetSection(
  storage: Storage,
  document: DocumentRow,
  member: MemberRow,
  body: Pick<BoardToDocument, 'as' | 'sectionId'>,
  title: string,
): Promise<{ section: SectionRow; created: boolean }> {
  if (body.as === 'list') {
    const section = await storage.getSection(body.sectionId ?? '');
    if (!section || section.documentId !== document.id) throw new DomainError('not_found');
    if (section.status === 'vastgesteld' && !can(member.role, 'section.editLocked'))
      throw new DomainError('forbidden');
    return { section, created: false };
  }
  if (!can(member.role, 'section.create')) throw new DomainError(refusal(member, 'section.create'));
  if ((await storage.listSections(document.id)).length >= SECTION_LIMITS.perDocument)
    throw new DomainError('limit_reached');
  const section = await storage.insertSection(
    { id: newId(), documentId: document.id, title, prompt: '', status: 'concept', createdAt: Date.now() },
    null,
  );
  return { section, created: true };
}

/**
 * Adds the excerpt at the end of the section's text (dropping empty paragraphs), recorded as the
 * member's words, as if they had typed them: who-wrote-what stays true.
 */
export async function appendExcerpt(
  { rooms }: Pick<DomainDeps, 'rooms'>,
  sectionId: string,
  member: MemberRow,
  excerpt: BoardExcerpt,
): Promise<void> {
  await rooms.write(roomName('section', sectionId), (doc) => {
    doc.clientID = Math.floor(Math.random() * 0xffffffff);
    doc.transact(() => {
      recordAuthor(doc, [doc.clientID], authorDescription(memberGroup(member.role), member.id));
      const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
      const current = yXmlFragmentToProsemirrorJSON(fragment) as PmNode;
      const kept = (current.content ?? []).filter((n) => !(n.type === 'paragraph' && !n.content?.length));
      prosemirrorJSONToYXmlFragment(
        documentSchemaForServer(),
        { type: 'doc', content: [...kept, ...excerpt.text] },
        fragment,
      );
    });
  });
}
