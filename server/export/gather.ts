import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/documentField';
import { EXPORT_FORMATS, type ExportLang, exportFileName, slug } from '../../shared/schemas/export';
import { type Frame, type Note, readFrames, readNotes } from '../../shared/sync/boardDoc';
import { roomName } from '../../shared/sync/rooms';
import type { DomainDeps } from '../domain/deps';
import { documentSchemaForServer, versionOf, versionSectionDoc } from '../domain/versions';
import type { BoardRow } from '../storage/BoardStore';
import type { DocumentRow, WerkgroepRow } from '../storage/WorkspaceStore';
import type { ExportInput } from './model';
import type { ExportJob } from './worker';

/**
 * A section's stored text as ProseMirror JSON, checked against the shared schema. Text that does not
 * fit the schema (written by an older or a misbehaving client) is exported as it is rather than lost.
 */
export function sectionJson(doc: Y.Doc): JSONContent {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FIELD)) as JSONContent;
  try {
    const node = documentSchemaForServer().nodeFromJSON(json);
    node.check();
    return node.toJSON() as JSONContent;
  } catch {
    return json;
  }
}

export interface GatherOptions {
  lang: ExportLang;
  origin: string;
  now: number;
  version?: string | undefined;
  comments: boolean;
  questions: boolean;
  boards: boolean;
}

/** The board contents the export may show: what is on the board and in locked frames, never hidden drafts. */
export async function gatherBoards({ storage, rooms }: DomainDeps, werkgroepId: string) {
  const out: { row: BoardRow; frames: Frame[]; notes: Note[] }[] = [];
  for (const board of await storage.listBoards(werkgroepId)) {
    const frames = [];
    const notes = [];
    for (const room of [roomName('board', board.id), roomName('boardlock', board.id)]) {
      const c = await rooms.read(room, (doc) => ({ frames: readFrames(doc), notes: readNotes(doc) }));
      frames.push(...c.frames);
      notes.push(...c.notes);
    }
    out.push({ row: board, frames, notes });
  }
  return out;
}

/** Everything one document's export needs, read from storage and the live rooms (or a saved version). */
export async function gatherDocument(
  deps: DomainDeps,
  document: DocumentRow,
  werkgroep: WerkgroepRow,
  o: GatherOptions,
): Promise<ExportInput> {
  const { storage, rooms } = deps;
  let version: ExportInput['version'] = null;
  let sections: ExportInput['sections'];
  if (o.version) {
    const v = await versionOf(deps, document.id, o.version);
    version = { name: v.name, createdAt: v.createdAt };
    sections = [...v.sections]
      .sort((a, b) => a.position - b.position)
      .map((s) => {
        const doc = versionSectionDoc(s.state);
        const content = sectionJson(doc);
        doc.destroy();
        return { id: s.id, title: s.title, status: s.status, content };
      });
  } else {
    sections = [];
    for (const s of await storage.listSections(document.id)) {
      const content = await rooms.read(roomName('section', s.id), sectionJson);
      sections.push({ id: s.id, title: s.title, status: s.status, content });
    }
  }
  const needThreads = o.comments || o.questions;
  return {
    lang: o.lang,
    origin: o.origin,
    now: o.now,
    document: { title: document.title },
    werkgroep: { id: werkgroep.id, name: werkgroep.name, wijk: werkgroep.wijk, gemeente: werkgroep.gemeente },
    version,
    sections,
    threads: needThreads ? await storage.listThreads(document.id) : [],
    // Guests are not (yet) part of the werkgroep: not in its composition, not named.
    members: (await storage.listMembers(werkgroep.id)).flatMap((m) =>
      m.role === 'guest' ? [] : [{ ...m, role: m.role }],
    ),
    decisions: await storage.listDecisions(werkgroep.id),
    boards: o.boards
      ? (await gatherBoards(deps, werkgroep.id)).map((b) => ({
          title: b.row.title,
          frames: b.frames,
          notes: b.notes,
        }))
      : null,
    options: { comments: o.comments, questions: o.questions },
  };
}

/**
 * The archive's document files: every document of the werkgroep in every format, with comments and
 * questions, each in a folder named after it (numbered when two documents have the same title).
 */
export async function gatherArchiveFiles(
  deps: DomainDeps,
  werkgroep: WerkgroepRow,
  o: Pick<GatherOptions, 'lang' | 'origin' | 'now'>,
): Promise<ExportJob['files']> {
  const files: ExportJob['files'] = [];
  const folders = new Set<string>();
  const day = new Date(o.now).toISOString().slice(0, 10);
  for (const document of await deps.storage.listDocuments(werkgroep.id)) {
    let folder = slug(document.title);
    for (let n = 2; folders.has(folder); n++) folder = `${slug(document.title)}-${n}`;
    folders.add(folder);
    const input = await gatherDocument(deps, document, werkgroep, {
      ...o,
      comments: true,
      questions: true,
      boards: false,
    });
    for (const format of EXPORT_FORMATS)
      files.push({
        name: `${folder}/${exportFileName(document.title, werkgroep.wijk, day, format)}`,
        format,
        input,
      });
  }
  return files;
}
