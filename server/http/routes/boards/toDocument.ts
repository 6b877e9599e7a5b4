import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { authorDescription, recordAuthor } from '../../../../shared/editor/authorship';
import { DOCUMENT_FIELD } from '../../../../shared/editor/extensions';
import { can } from '../../../../shared/permissions';
import { memberGroup } from '../../../../shared/schemas/member';
import { SECTION_LIMITS } from '../../../../shared/schemas/section';
import { type Note, readFrames, readNotes } from '../../../../shared/sync/boardDoc';
import { boardRooms, roomName } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import { refusal, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publishSections } from '../../roomState';
import { mount } from '../../route';
import { publicBase } from '../invites/createInvite';
import { documentSchemaForServer } from '../versions/restore';

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

/** POST …/boards/:boardId/to-document: a note or frame becomes a section, or a list in a section. */
export function mountBoardToDocument(router: Router, { storage, rooms }: RouteDeps): void {
  mount(router, API.boardToDocument, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'document.write');
    const board = await storage.getBoard(params.boardId);
    const document = await storage.getDocument(body.documentId);
    if (!board || board.werkgroepId !== params.werkgroepId || document?.werkgroepId !== params.werkgroepId)
      throw new ApiError('not_found');

    // The note or frame, from the open room or the locked one (hidden notes are not on the board yet).
    const r = boardRooms(board.id, member.id);
    const content = async (room: string) =>
      rooms.read(room, (doc) => ({ notes: readNotes(doc), frames: readFrames(doc) }));
    const [open, locked] = [await content(r.board), await content(r.locked)];
    const notes = [...open.notes, ...locked.notes];
    const frame = [...open.frames, ...locked.frames].find((f) => f.id === body.frameId);
    const note = notes.find((n) => n.id === body.noteId);
    if (!frame && !note) throw new ApiError('not_found');
    const texts = frame ? readingOrder(notes.filter((n) => n.frameId === frame.id)).map((n) => n.text) : [];
    const title =
      (frame?.title ?? note?.text.split('\n')[0] ?? '').slice(0, SECTION_LIMITS.titleMax).trim() ||
      board.title;
    const origin = publicBase(req);
    const link = source(
      `Uit het bord “${board.title}”`,
      `${origin}/w/${board.werkgroepId}/borden/${board.id}`,
    );
    const body_: PmNode[] = frame ? [bulletList(texts), link] : [paragraph(note?.text ?? ''), link];

    let section = body.as === 'list' ? await storage.getSection(body.sectionId ?? '') : null;
    if (body.as === 'list') {
      if (!section || section.documentId !== document.id) throw new ApiError('not_found');
      if (section.status === 'vastgesteld' && !can(member.role, 'section.editLocked'))
        throw new ApiError('forbidden');
    } else {
      if (!can(member.role, 'section.create')) throw new ApiError(refusal(member, 'section.create'));
      if ((await storage.listSections(document.id)).length >= SECTION_LIMITS.perDocument)
        throw new ApiError('limit_reached');
      section = await storage.insertSection(
        { id: newId(), documentId: document.id, title, prompt: '', status: 'concept', createdAt: Date.now() },
        null,
      );
      await publishSections(storage, rooms, document.id);
    }
    const target = section;
    await rooms.write(roomName('section', target.id), (doc) => {
      // Recorded as the member's words, as if they had typed them (who-wrote-what stays true).
      doc.clientID = Math.floor(Math.random() * 0xffffffff);
      doc.transact(() => {
        recordAuthor(doc, [doc.clientID], authorDescription(memberGroup(member.role), member.id));
        const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
        const current = yXmlFragmentToProsemirrorJSON(fragment) as PmNode;
        const kept = (current.content ?? []).filter((n) => !(n.type === 'paragraph' && !n.content?.length));
        // A note added as a list item becomes a one-item list; a frame is a list either way.
        const added = body.as === 'list' && !frame ? [bulletList([note?.text ?? '']), link] : body_;
        prosemirrorJSONToYXmlFragment(
          documentSchemaForServer(),
          { type: 'doc', content: [...kept, ...added] },
          fragment,
        );
      });
    });
    req.log.info({ board: board.id, document: document.id, section: target.id }, 'board to document');
    return { documentId: document.id, sectionId: target.id };
  });
}
