import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { boardTemplateSchema, dotRoundSchema, timerSchema } from '../../../shared/schemas/board';
import type { BoardRow, BoardStore } from '../BoardStore';

type DbBoard = {
  id: string;
  werkgroep_id: string;
  title: string;
  template: string;
  locked: number;
  locked_frames_json: string;
  silent: number;
  timer_json: string;
  dot_round_json: string | null;
  created_by: string;
  created_at: number;
};

const toBoard = (r: DbBoard): BoardRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  title: r.title,
  template: boardTemplateSchema.parse(r.template),
  locked: r.locked === 1,
  lockedFrames: z.array(z.string()).parse(JSON.parse(r.locked_frames_json)),
  silent: r.silent === 1,
  timer: timerSchema.parse(JSON.parse(r.timer_json)),
  dotRound: r.dot_round_json ? dotRoundSchema.parse(JSON.parse(r.dot_round_json)) : null,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** Boards on SQLite. */
export function sqliteBoards(db: Database): BoardStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO boards (id, werkgroep_id, title, template, locked, locked_frames_json, silent, timer_json,
         dot_round_json, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string], DbBoard>('SELECT * FROM boards WHERE id = ?'),
    list: db.prepare<[string], DbBoard>(
      'SELECT * FROM boards WHERE werkgroep_id = ? ORDER BY created_at, rowid',
    ),
    update: db.prepare(
      'UPDATE boards SET title = ?, locked = ?, locked_frames_json = ?, silent = ?, timer_json = ?, dot_round_json = ? WHERE id = ?',
    ),
  };
  const update = db.transaction((id: string, patch: Parameters<BoardStore['updateBoard']>[1]) => {
    const row = q.get.get(id);
    if (!row) return null;
    const next = { ...toBoard(row), ...patch };
    q.update.run(
      next.title,
      next.locked ? 1 : 0,
      JSON.stringify(next.lockedFrames),
      next.silent ? 1 : 0,
      JSON.stringify(next.timer),
      next.dotRound ? JSON.stringify(next.dotRound) : null,
      id,
    );
    return next;
  });
  return {
    async createBoard(b) {
      q.insert.run(
        b.id,
        b.werkgroepId,
        b.title,
        b.template,
        b.locked ? 1 : 0,
        JSON.stringify(b.lockedFrames),
        b.silent ? 1 : 0,
        JSON.stringify(b.timer),
        b.dotRound ? JSON.stringify(b.dotRound) : null,
        b.createdBy,
        b.createdAt,
      );
    },
    async getBoard(id) {
      const r = q.get.get(id);
      return r ? toBoard(r) : null;
    },
    async listBoards(werkgroepId) {
      return q.list.all(werkgroepId).map(toBoard);
    },
    async updateBoard(id, patch) {
      return update(id, patch);
    },
  };
}
