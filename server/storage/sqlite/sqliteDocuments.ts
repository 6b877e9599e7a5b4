import type { Database } from 'better-sqlite3';
import type { DocumentKind } from '../../../shared/editor/templates';
import type { SectionStatus } from '../../../shared/schemas/section';
import type { DocumentRow, SectionRow, WorkspaceStore } from '../WorkspaceStore';

export type DocumentStore = Pick<
  WorkspaceStore,
  | 'createDocument'
  | 'getDocument'
  | 'listDocuments'
  | 'listSections'
  | 'getSection'
  | 'insertSection'
  | 'updateSection'
  | 'deleteSection'
>;

type DbDocument = { id: string; werkgroep_id: string; title: string; kind: DocumentKind; created_at: number };
type DbSection = {
  id: string;
  document_id: string;
  title: string;
  prompt: string;
  status: SectionStatus;
  position: number;
  created_at: number;
};

const toDocument = (r: DbDocument): DocumentRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  title: r.title,
  kind: r.kind,
  createdAt: r.created_at,
});
const toSection = (r: DbSection): SectionRow => ({
  id: r.id,
  documentId: r.document_id,
  title: r.title,
  prompt: r.prompt,
  status: r.status,
  position: r.position,
  createdAt: r.created_at,
});

/** Documents and their sections on SQLite. */
export function sqliteDocuments(db: Database): DocumentStore {
  const q = {
    insertDocument: db.prepare(
      'INSERT INTO documents (id, werkgroep_id, title, kind, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getDocument: db.prepare<[string], DbDocument>('SELECT * FROM documents WHERE id = ?'),
    listDocuments: db.prepare<[string], DbDocument>(
      'SELECT * FROM documents WHERE werkgroep_id = ? ORDER BY created_at',
    ),
    insertSection: db.prepare(
      'INSERT INTO sections (id, document_id, title, prompt, status, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listSections: db.prepare<[string], DbSection>(
      'SELECT * FROM sections WHERE document_id = ? ORDER BY position',
    ),
    getSection: db.prepare<[string], DbSection>('SELECT * FROM sections WHERE id = ?'),
    maxPosition: db.prepare<[string], { max: number | null }>(
      'SELECT MAX(position) AS max FROM sections WHERE document_id = ?',
    ),
    shiftFrom: db.prepare(
      'UPDATE sections SET position = position + 1 WHERE document_id = ? AND position >= ?',
    ),
    updateSection: db.prepare(
      'UPDATE sections SET title = COALESCE(@title, title), status = COALESCE(@status, status) WHERE id = @id',
    ),
    deleteSection: db.prepare('DELETE FROM sections WHERE id = ?'),
  };

  const create = db.transaction((doc: DocumentRow, sections: SectionRow[]) => {
    q.insertDocument.run(doc.id, doc.werkgroepId, doc.title, doc.kind, doc.createdAt);
    for (const s of sections)
      q.insertSection.run(s.id, s.documentId, s.title, s.prompt, s.status, s.position, s.createdAt);
  });
  const insert = db.transaction((row: Omit<SectionRow, 'position'>, afterId: string | null): SectionRow => {
    const after = afterId ? q.getSection.get(afterId) : undefined;
    let position: number;
    if (after && after.document_id === row.documentId) {
      position = after.position + 1;
      q.shiftFrom.run(row.documentId, position);
    } else {
      position = (q.maxPosition.get(row.documentId)?.max ?? -1) + 1;
    }
    q.insertSection.run(row.id, row.documentId, row.title, row.prompt, row.status, position, row.createdAt);
    return { ...row, position };
  });

  return {
    async createDocument(doc, sections) {
      create(doc, sections);
    },
    async getDocument(id) {
      const r = q.getDocument.get(id);
      return r ? toDocument(r) : null;
    },
    async listDocuments(werkgroepId) {
      return q.listDocuments.all(werkgroepId).map(toDocument);
    },
    async listSections(documentId) {
      return q.listSections.all(documentId).map(toSection);
    },
    async getSection(id) {
      const r = q.getSection.get(id);
      return r ? toSection(r) : null;
    },
    async insertSection(row, afterId) {
      return insert(row, afterId);
    },
    async updateSection(id, patch) {
      q.updateSection.run({ id, title: patch.title ?? null, status: patch.status ?? null });
      const r = q.getSection.get(id);
      return r ? toSection(r) : null;
    },
    async deleteSection(id) {
      return q.deleteSection.run(id).changes > 0;
    },
  };
}
