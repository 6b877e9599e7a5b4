import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { agendaItemSchema } from '../../../shared/schemas/meeting';
import type { MeetingRow, MeetingStore } from '../MeetingStore';

type DbMeeting = {
  id: string;
  werkgroep_id: string;
  join_code: string | null;
  data_json: string;
  created_at: number;
};

/** Everything but the keys, as JSON: meetings are read and written whole. */
const dataSchema = z.object({
  title: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  agenda: z.array(agendaItemSchema),
  status: z.enum(['planned', 'running', 'ended']),
  currentItemId: z.string().nullable(),
  timer: z.object({ endsAt: z.number().nullable(), remainingSeconds: z.number() }),
  followMe: z.boolean(),
  notetakerMemberId: z.string().nullable(),
  joinCodeIssuedAt: z.number().nullable().default(null),
  notes: z.record(z.string(), z.string()),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
});

const toMeeting = (r: DbMeeting): MeetingRow => ({
  id: r.id,
  werkgroepId: r.werkgroep_id,
  joinCodeHash: r.join_code,
  createdAt: r.created_at,
  ...dataSchema.parse(JSON.parse(r.data_json)),
});
const dataOf = ({ id: _i, werkgroepId: _w, joinCodeHash: _j, createdAt: _c, ...data }: MeetingRow) =>
  JSON.stringify(data);

/** Meetings on SQLite. */
export function sqliteMeetings(db: Database): MeetingStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO meetings (id, werkgroep_id, join_code, data_json, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    get: db.prepare<[string], DbMeeting>('SELECT * FROM meetings WHERE id = ?'),
    list: db.prepare<[string], DbMeeting>(
      'SELECT * FROM meetings WHERE werkgroep_id = ? ORDER BY created_at, rowid',
    ),
    byCode: db.prepare<[string], DbMeeting>('SELECT * FROM meetings WHERE join_code = ?'),
    running: db.prepare<[], DbMeeting>(
      "SELECT * FROM meetings WHERE json_extract(data_json, '$.status') = 'running' ORDER BY created_at",
    ),
    update: db.prepare('UPDATE meetings SET join_code = ?, data_json = ? WHERE id = ?'),
  };
  const update = db.transaction((id: string, patch: Parameters<MeetingStore['updateMeeting']>[1]) => {
    const row = q.get.get(id);
    if (!row) return null;
    const next: MeetingRow = { ...toMeeting(row), ...patch };
    q.update.run(next.joinCodeHash, dataOf(next), id);
    return next;
  });
  return {
    async createMeeting(m) {
      q.insert.run(m.id, m.werkgroepId, m.joinCodeHash, dataOf(m), m.createdAt);
    },
    async getMeeting(id) {
      const r = q.get.get(id);
      return r ? toMeeting(r) : null;
    },
    async listMeetings(werkgroepId) {
      return q.list
        .all(werkgroepId)
        .map(toMeeting)
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
    },
    async getMeetingByJoinCodeHash(hash) {
      const r = q.byCode.get(hash);
      const m = r ? toMeeting(r) : null;
      return m?.status === 'running' ? m : null;
    },
    async listRunningMeetings() {
      return q.running.all().map(toMeeting);
    },
    async updateMeeting(id, patch) {
      return update(id, patch);
    },
  };
}
