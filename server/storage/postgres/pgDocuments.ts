import type pg from 'pg';
import { z } from 'zod';
import type { DocumentKind } from '../../../shared/editor/templates';
import { type SectionStatus, sectionStatusSchema } from '../../../shared/schemas/section';
import type { DocumentRow, SectionRow, VersionRow, WorkspaceStore } from '../WorkspaceStore';
import { changes, first, inTransaction, json, rows } from './pgDb';

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
  | 'createVersion'
  | 'listVersions'
  | 'getVersion'
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
type DbVersion = { id: string; document_id: string; name: string; created_by: string; created_at: number };

const DOCUMENT_COLS = 'id, werkgroep_id, title, kind, created_at';
const SECTION_COLS = 'id, document_id, title, prompt, status, position, created_at';
const VERSION_COLS = 'id, document_id, name, created_by, created_at';

const versionSectionsSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    status: sectionStatusSchema,
    position: z.number(),
    state: z.string(),
  }),
);

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
const toVersion = (r: DbVersion): Omit<VersionRow, 'sections'> => ({
  id: r.id,
  documentId: r.document_id,
  name: r.name,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const INSERT_SECTION = `INSERT INTO sections (id, document_id, title, prompt, status, position, created_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

function versionMethods(pool: pg.Pool): Pick<DocumentStore, 'createVersion' | 'listVersions' | 'getVersion'> {
  return {
    async createVersion(v) {
      await pool.query(
        'INSERT INTO versions (id, document_id, name, created_by, sections, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
        [v.id, v.documentId, v.name, v.createdBy, json(v.sections), v.createdAt],
      );
    },
    async listVersions(documentId) {
      const all = await rows<DbVersion>(
        pool,
        `SELECT ${VERSION_COLS} FROM versions WHERE document_id = $1 ORDER BY created_at DESC, ord`,
        [documentId],
      );
      return all.map(toVersion);
    },
    async getVersion(id) {
      const r = await first<DbVersion & { sections: unknown }>(
        pool,
        `SELECT ${VERSION_COLS}, sections FROM versions WHERE id = $1`,
        [id],
      );
      return r ? { ...toVersion(r), sections: versionSectionsSchema.parse(r.sections) } : null;
    },
  };
}

type SectionMethods = Pick<
  DocumentStore,
  'listSections' | 'getSection' | 'insertSection' | 'updateSection' | 'deleteSection'
>;

/** Documents, their sections and named versions on PostgreSQL. */
export function pgDocuments(pool: pg.Pool): DocumentStore {
  return {
    createDocument(doc, sections) {
      return inTransaction(pool, async (db) => {
        await db.query(
          'INSERT INTO documents (id, werkgroep_id, title, kind, created_at) VALUES ($1, $2, $3, $4, $5)',
          [doc.id, doc.werkgroepId, doc.title, doc.kind, doc.createdAt],
        );
        for (const s of sections)
          await db.query(INSERT_SECTION, [
            s.id,
            s.documentId,
            s.title,
            s.prompt,
            s.status,
            s.position,
            s.createdAt,
          ]);
      });
    },
    async getDocument(id) {
      const r = await first<DbDocument>(pool, `SELECT ${DOCUMENT_COLS} FROM documents WHERE id = $1`, [id]);
      return r ? toDocument(r) : null;
    },
    async listDocuments(werkgroepId) {
      const all = await rows<DbDocument>(
        pool,
        `SELECT ${DOCUMENT_COLS} FROM documents WHERE werkgroep_id = $1 ORDER BY created_at, ord`,
        [werkgroepId],
      );
      return all.map(toDocument);
    },
    ...sectionMethods(pool),
    ...versionMethods(pool),
  };
}

function sectionMethods(pool: pg.Pool): SectionMethods {
  return {
    async listSections(documentId) {
      const all = await rows<DbSection>(
        pool,
        `SELECT ${SECTION_COLS} FROM sections WHERE document_id = $1 ORDER BY position`,
        [documentId],
      );
      return all.map(toSection);
    },
    async getSection(id) {
      const r = await first<DbSection>(pool, `SELECT ${SECTION_COLS} FROM sections WHERE id = $1`, [id]);
      return r ? toSection(r) : null;
    },
    insertSection(row, afterId) {
      return inTransaction(pool, async (db) => {
        // The document row is held until commit, so insertions into one document take turns.
        await db.query('SELECT 1 FROM documents WHERE id = $1 FOR NO KEY UPDATE', [row.documentId]);
        const after = afterId
          ? await first<DbSection>(db, `SELECT ${SECTION_COLS} FROM sections WHERE id = $1`, [afterId])
          : null;
        let position: number;
        if (after && after.document_id === row.documentId) {
          position = after.position + 1;
          await db.query(
            'UPDATE sections SET position = position + 1 WHERE document_id = $1 AND position >= $2',
            [row.documentId, position],
          );
        } else {
          const max = await first<{ max: number | null }>(
            db,
            'SELECT max(position) AS max FROM sections WHERE document_id = $1',
            [row.documentId],
          );
          position = (max?.max ?? -1) + 1;
        }
        await db.query(INSERT_SECTION, [
          row.id,
          row.documentId,
          row.title,
          row.prompt,
          row.status,
          position,
          row.createdAt,
        ]);
        return { ...row, position };
      });
    },
    async updateSection(id, patch) {
      const r = await first<DbSection>(
        pool,
        `UPDATE sections SET title = COALESCE($2::text, title), status = COALESCE($3::text, status)
         WHERE id = $1 RETURNING ${SECTION_COLS}`,
        [id, patch.title ?? null, patch.status ?? null],
      );
      return r ? toSection(r) : null;
    },
    async deleteSection(id) {
      return (await changes(pool, 'DELETE FROM sections WHERE id = $1', [id])) > 0;
    },
  };
}
