import type pg from 'pg';
import type { WijkpaginaStore } from '../WijkpaginaStore';
import { type PublicationColumns, parsePublication, parseQuestion, questionData } from '../wijkpaginaRows';
import { changes, first, inTransaction, json, rows } from './pgDb';

/** Issue 19: the public wijkpagina's settings and the questions sent from it. */
export const PG_WIJKPAGINA_MIGRATION = {
  name: 'wijkpagina',
  sql: `
CREATE TABLE wijkpaginas (
  werkgroep_id text PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  slug text NOT NULL CONSTRAINT wijkpaginas_slug_unique UNIQUE,
  settings jsonb NOT NULL,
  form_key text NOT NULL,
  updated_at bigint NOT NULL
);
CREATE TABLE wijk_questions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  data jsonb NOT NULL
);
CREATE INDEX wijk_questions_werkgroep ON wijk_questions (werkgroep_id, seq);
`,
};

const COLUMNS = 'werkgroep_id, settings, form_key, updated_at';
const isSlugTaken = (e: unknown) =>
  (e as { code?: string; constraint?: string }).code === '23505' &&
  (e as { constraint?: string }).constraint === 'wijkpaginas_slug_unique';

/** The wijkpagina on PostgreSQL. */
export function pgWijkpagina(pool: pg.Pool): WijkpaginaStore {
  return {
    async getPublication(werkgroepId) {
      const r = await first<PublicationColumns>(
        pool,
        `SELECT ${COLUMNS} FROM wijkpaginas WHERE werkgroep_id = $1`,
        [werkgroepId],
      );
      return r ? parsePublication(r) : null;
    },
    async getPublicationBySlug(slug) {
      const r = await first<PublicationColumns>(pool, `SELECT ${COLUMNS} FROM wijkpaginas WHERE slug = $1`, [
        slug,
      ]);
      return r ? parsePublication(r) : null;
    },
    async putPublication(record) {
      try {
        await pool.query(
          `INSERT INTO wijkpaginas (werkgroep_id, slug, settings, form_key, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (werkgroep_id) DO UPDATE SET slug = excluded.slug, settings = excluded.settings,
             form_key = excluded.form_key, updated_at = excluded.updated_at`,
          [record.werkgroepId, record.settings.slug, json(record.settings), record.formKey, record.updatedAt],
        );
        return 'ok';
      } catch (error) {
        if (isSlugTaken(error)) return 'slug_taken';
        throw error;
      }
    },
    async addQuestion(question) {
      await pool.query('INSERT INTO wijk_questions (id, werkgroep_id, data) VALUES ($1, $2, $3)', [
        question.id,
        question.werkgroepId,
        json(questionData(question)),
      ]);
    },
    async listQuestions(werkgroepId) {
      const found = await rows<{ data: unknown }>(
        pool,
        'SELECT data FROM wijk_questions WHERE werkgroep_id = $1 ORDER BY seq DESC',
        [werkgroepId],
      );
      return found.map((r) => parseQuestion(werkgroepId, r.data));
    },
    async answerQuestion(werkgroepId, id, a) {
      return inTransaction(pool, async (db) => {
        const r = await first<{ data: unknown }>(
          db,
          'SELECT data FROM wijk_questions WHERE werkgroep_id = $1 AND id = $2 FOR UPDATE',
          [werkgroepId, id],
        );
        if (!r) return null;
        const next = { ...parseQuestion(werkgroepId, r.data), ...a };
        await db.query('UPDATE wijk_questions SET data = $1 WHERE werkgroep_id = $2 AND id = $3', [
          json(questionData(next)),
          werkgroepId,
          id,
        ]);
        return next;
      });
    },
    async deleteQuestion(werkgroepId, id) {
      return (
        (await changes(pool, 'DELETE FROM wijk_questions WHERE werkgroep_id = $1 AND id = $2', [
          werkgroepId,
          id,
        ])) > 0
      );
    },
  };
}
