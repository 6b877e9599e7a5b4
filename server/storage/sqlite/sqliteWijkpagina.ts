import type { Database } from 'better-sqlite3';
import type { WijkpaginaStore } from '../WijkpaginaStore';
import { type PublicationColumns, parsePublication, parseQuestion, questionData } from '../wijkpaginaRows';

/** Issue 19: the public wijkpagina's settings and the questions sent from it. */
export const WIJKPAGINA_MIGRATION = `
CREATE TABLE wijkpaginas (
  werkgroep_id TEXT PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  slug TEXT NOT NULL UNIQUE,
  settings TEXT NOT NULL,
  form_key TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE wijk_questions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  data_json TEXT NOT NULL
);
CREATE INDEX wijk_questions_werkgroep ON wijk_questions (werkgroep_id, seq);`;

const COLUMNS = 'werkgroep_id, settings, form_key, updated_at';

/** The wijkpagina on SQLite. */
export function sqliteWijkpagina(db: Database): WijkpaginaStore {
  const q = {
    get: db.prepare<[string], PublicationColumns>(
      `SELECT ${COLUMNS} FROM wijkpaginas WHERE werkgroep_id = ?`,
    ),
    bySlug: db.prepare<[string], PublicationColumns>(`SELECT ${COLUMNS} FROM wijkpaginas WHERE slug = ?`),
    slugOwner: db.prepare<[string], { werkgroep_id: string }>(
      'SELECT werkgroep_id FROM wijkpaginas WHERE slug = ?',
    ),
    put: db.prepare(
      `INSERT INTO wijkpaginas (werkgroep_id, slug, settings, form_key, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (werkgroep_id) DO UPDATE SET slug = excluded.slug, settings = excluded.settings,
         form_key = excluded.form_key, updated_at = excluded.updated_at`,
    ),
    addQuestion: db.prepare('INSERT INTO wijk_questions (id, werkgroep_id, data_json) VALUES (?, ?, ?)'),
    questions: db.prepare<[string], { data_json: string }>(
      'SELECT data_json FROM wijk_questions WHERE werkgroep_id = ? ORDER BY seq DESC',
    ),
    question: db.prepare<[string, string], { data_json: string }>(
      'SELECT data_json FROM wijk_questions WHERE werkgroep_id = ? AND id = ?',
    ),
    setQuestion: db.prepare('UPDATE wijk_questions SET data_json = ? WHERE werkgroep_id = ? AND id = ?'),
    deleteQuestion: db.prepare('DELETE FROM wijk_questions WHERE werkgroep_id = ? AND id = ?'),
  };
  const putPublication = db.transaction((record: Parameters<WijkpaginaStore['putPublication']>[0]) => {
    const owner = q.slugOwner.get(record.settings.slug);
    if (owner && owner.werkgroep_id !== record.werkgroepId) return 'slug_taken' as const;
    q.put.run(
      record.werkgroepId,
      record.settings.slug,
      JSON.stringify(record.settings),
      record.formKey,
      record.updatedAt,
    );
    return 'ok' as const;
  });
  const answer = db.transaction(
    (werkgroepId: string, id: string, a: { answer: string; answeredAt: number; published: boolean }) => {
      const row = q.question.get(werkgroepId, id);
      if (!row) return null;
      const next = { ...parseQuestion(werkgroepId, row.data_json), ...a };
      q.setQuestion.run(JSON.stringify(questionData(next)), werkgroepId, id);
      return next;
    },
  );
  return {
    async getPublication(werkgroepId) {
      const r = q.get.get(werkgroepId);
      return r ? parsePublication(r) : null;
    },
    async getPublicationBySlug(slug) {
      const r = q.bySlug.get(slug);
      return r ? parsePublication(r) : null;
    },
    async putPublication(record) {
      return putPublication(record);
    },
    async addQuestion(question) {
      q.addQuestion.run(question.id, question.werkgroepId, JSON.stringify(questionData(question)));
    },
    async listQuestions(werkgroepId) {
      return q.questions.all(werkgroepId).map((r) => parseQuestion(werkgroepId, r.data_json));
    },
    async answerQuestion(werkgroepId, id, a) {
      return answer(werkgroepId, id, a);
    },
    async deleteQuestion(werkgroepId, id) {
      return q.deleteQuestion.run(werkgroepId, id).changes > 0;
    },
  };
}
