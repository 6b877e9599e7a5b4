import type pg from 'pg';
import { z } from 'zod';
import { boardTemplateSchema, dotRoundSchema, timerSchema } from '../../../shared/schemas/board';
import type { BoardRow, BoardStore } from '../BoardStore';
import { first, inTransaction, json, rows } from './pgDb';

type DbBoard = {
  id: string;
  werkgroep_id: string;
  title: string;
  template: string;
  locked: boolean;
  locked_frames: unknown;
  silent: boolean;
  timer: unknown;
  dot_round: unknown;
  created_by: string;
  created_at: number;
};

const BOARD_COLS =
  'id, werkgroep_id, title, template, locked, locked_frames, silent, timer, dot_round, created_by, created_at';

const toBoard = (r: DbBoard): BoardRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  title: r.title,
  template: boardTemplateSchema.parse(r.template),
  locked: r.locked,
  lockedFrames: z.array(z.string()).parse(r.locked_frames),
  silent: r.silent,
  timer: timerSchema.parse(r.timer),
  dotRound: r.dot_round === null ? null : dotRoundSchema.parse(r.dot_round),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** Boards on PostgreSQL. */
export function pgBoards(pool: pg.Pool): BoardStore {
  return {
    async createBoard(b) {
      await pool.query(
        `INSERT INTO boards (id, werkgroep_id, title, template, locked, locked_frames, silent, timer, dot_round,
           created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9::jsonb, $10, $11)`,
        [
          b.id,
          b.werkgroepId,
          b.title,
          b.template,
          b.locked,
          json(b.lockedFrames),
          b.silent,
          json(b.timer),
          b.dotRound ? json(b.dotRound) : null,
          b.createdBy,
          b.createdAt,
        ],
      );
    },
    async getBoard(id) {
      const r = await first<DbBoard>(pool, `SELECT ${BOARD_COLS} FROM boards WHERE id = $1`, [id]);
      return r ? toBoard(r) : null;
    },
    async listBoards(werkgroepId) {
      const all = await rows<DbBoard>(
        pool,
        `SELECT ${BOARD_COLS} FROM boards WHERE werkgroep_id = $1 ORDER BY created_at, ord`,
        [werkgroepId],
      );
      return all.map(toBoard);
    },
    updateBoard(id, patch) {
      // Read, change and write back in one transaction, holding the row.
      return inTransaction(pool, async (db) => {
        const row = await first<DbBoard>(db, `SELECT ${BOARD_COLS} FROM boards WHERE id = $1 FOR UPDATE`, [
          id,
        ]);
        if (!row) return null;
        const next = { ...toBoard(row), ...patch };
        await db.query(
          `UPDATE boards SET title = $1, locked = $2, locked_frames = $3::jsonb, silent = $4, timer = $5::jsonb,
             dot_round = $6::jsonb WHERE id = $7`,
          [
            next.title,
            next.locked,
            json(next.lockedFrames),
            next.silent,
            json(next.timer),
            next.dotRound ? json(next.dotRound) : null,
            id,
          ],
        );
        return next;
      });
    },
  };
}
