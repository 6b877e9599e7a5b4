import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { sectionStatusSchema } from '../../../shared/schemas/section';
import type { VersionRow, WorkspaceStore } from '../WorkspaceStore';

export type VersionStore = Pick<WorkspaceStore, 'createVersion' | 'listVersions' | 'getVersion'>;

type DbVersion = {
  id: string;
  document_id: string;
  name: string;
  created_by: string;
  data: string;
  created_at: number;
};

const dataSchema = z.object({
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: sectionStatusSchema,
      position: z.number(),
      state: z.string(),
    }),
  ),
});

/** Named versions of documents on SQLite (the section states as JSON). */
export function sqliteVersions(db: Database): VersionStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO versions (id, document_id, name, created_by, data, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], Omit<DbVersion, 'data'>>(
      'SELECT id, document_id, name, created_by, created_at FROM versions WHERE document_id = ? ORDER BY created_at DESC',
    ),
    get: db.prepare<[string], DbVersion>('SELECT * FROM versions WHERE id = ?'),
  };
  const meta = (r: Omit<DbVersion, 'data'>) => ({
    id: r.id,
    documentId: r.document_id,
    name: r.name,
    createdBy: r.created_by,
    createdAt: r.created_at,
  });
  return {
    async createVersion(v) {
      q.insert.run(
        v.id,
        v.documentId,
        v.name,
        v.createdBy,
        JSON.stringify({ sections: v.sections }),
        v.createdAt,
      );
    },
    async listVersions(documentId) {
      return q.list.all(documentId).map(meta);
    },
    async getVersion(id) {
      const r = q.get.get(id);
      if (!r) return null;
      return { ...meta(r), sections: dataSchema.parse(JSON.parse(r.data)).sections } satisfies VersionRow;
    },
  };
}
