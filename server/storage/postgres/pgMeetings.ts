import type pg from 'pg';
import { z } from 'zod';
import { agendaItemSchema, MEETING_STATUSES } from '../../../shared/schemas/meeting';
import type { MeetingRow, MeetingStore } from '../MeetingStore';
import { first, inTransaction, json, rows } from './pgDb';

type DbMeeting = {
  id: string;
  werkgroep_id: string;
  join_code_hash: string | null;
  status: string;
  data: unknown;
  created_at: number;
};

const MEETING_COLS = 'id, werkgroep_id, join_code_hash, status, data, created_at';

/** Everything but the keys, the join code's hash and the status, as JSON: meetings are read and written whole. */
const dataSchema = z.object({
  title: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  agenda: z.array(agendaItemSchema),
  currentItemId: z.string().nullable(),
  timer: z.object({ endsAt: z.number().nullable(), remainingSeconds: z.number() }),
  followMe: z.boolean(),
  notetakerMemberId: z.string().nullable(),
  joinCodeIssuedAt: z.number().nullable(),
  notes: z.record(z.string(), z.string()),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
});

const toMeeting = (r: DbMeeting): MeetingRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  joinCodeHash: r.join_code_hash,
  status: z.enum(MEETING_STATUSES).parse(r.status),
  createdAt: r.created_at,
  ...dataSchema.parse(r.data),
});
const dataOf = ({
  id: _i,
  werkgroepId: _w,
  joinCodeHash: _j,
  status: _s,
  createdAt: _c,
  ...data
}: MeetingRow) => json(data);

/** Meetings on PostgreSQL (the status has a column of its own: running meetings are looked up by it). */
export function pgMeetings(pool: pg.Pool): MeetingStore {
  return {
    async createMeeting(m) {
      await pool.query(
        `INSERT INTO meetings (id, werkgroep_id, join_code_hash, status, data, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
        [m.id, m.werkgroepId, m.joinCodeHash, m.status, dataOf(m), m.createdAt],
      );
    },
    async getMeeting(id) {
      const r = await first<DbMeeting>(pool, `SELECT ${MEETING_COLS} FROM meetings WHERE id = $1`, [id]);
      return r ? toMeeting(r) : null;
    },
    async listMeetings(werkgroepId) {
      const all = await rows<DbMeeting>(
        pool,
        `SELECT ${MEETING_COLS} FROM meetings WHERE werkgroep_id = $1 ORDER BY created_at, ord`,
        [werkgroepId],
      );
      // By date as the app writes it (ISO), then by creation: the same comparison as SQLite's store.
      return all.map(toMeeting).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
    },
    async getMeetingByJoinCodeHash(hash) {
      const r = await first<DbMeeting>(
        pool,
        `SELECT ${MEETING_COLS} FROM meetings WHERE join_code_hash = $1 AND status = 'running'`,
        [hash],
      );
      return r ? toMeeting(r) : null;
    },
    async listRunningMeetings() {
      const all = await rows<DbMeeting>(
        pool,
        `SELECT ${MEETING_COLS} FROM meetings WHERE status = 'running' ORDER BY created_at, ord`,
      );
      return all.map(toMeeting);
    },
    updateMeeting(id, patch) {
      return inTransaction(pool, async (db) => {
        const row = await first<DbMeeting>(
          db,
          `SELECT ${MEETING_COLS} FROM meetings WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (!row) return null;
        const next: MeetingRow = { ...toMeeting(row), ...patch };
        await db.query(
          'UPDATE meetings SET join_code_hash = $1, status = $2, data = $3::jsonb WHERE id = $4',
          [next.joinCodeHash, next.status, dataOf(next), id],
        );
        return next;
      });
    },
  };
}
