import type { Database } from 'better-sqlite3';
import { itemId, type NetworkStore, type NetworkWrite } from '../NetworkStore';
import { type ChangeColumns, parseChange, parseNetworkItem } from '../networkRows';

/** Issue 18: the wijknetwerk (records kept whole as JSON, read back with the shared schemas). */
export const NETWORK_MIGRATION = `
CREATE TABLE network_items (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  data_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (werkgroep_id, entity, id)
);
CREATE TABLE network_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  member_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  label TEXT NOT NULL,
  fields TEXT NOT NULL
);
CREATE INDEX network_changes_werkgroep ON network_changes (werkgroep_id, seq);`;

type DbItem = { entity: string; data_json: string };

/** The wijknetwerk on SQLite. */
export function sqliteNetwork(db: Database): NetworkStore {
  const q = {
    put: db.prepare(
      `INSERT INTO network_items (werkgroep_id, entity, id, data_json, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (werkgroep_id, entity, id) DO UPDATE SET data_json = excluded.data_json`,
    ),
    remove: db.prepare('DELETE FROM network_items WHERE werkgroep_id = ? AND entity = ? AND id = ?'),
    log: db.prepare(
      `INSERT INTO network_changes (werkgroep_id, at, member_id, entity, entity_id, action, label, fields)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string, string, string], DbItem>(
      'SELECT entity, data_json FROM network_items WHERE werkgroep_id = ? AND entity = ? AND id = ?',
    ),
    list: db.prepare<[string], DbItem>(
      'SELECT entity, data_json FROM network_items WHERE werkgroep_id = ? ORDER BY created_at, rowid',
    ),
    changes: db.prepare<[string, number], ChangeColumns>(
      `SELECT at, member_id, entity, entity_id, action, label, fields FROM network_changes
       WHERE werkgroep_id = ? ORDER BY seq DESC LIMIT ?`,
    ),
  };
  const write = db.transaction((werkgroepId: string, w: NetworkWrite) => {
    for (const item of w.put) {
      q.put.run(werkgroepId, item.entity, itemId(item), JSON.stringify(item.value), w.change.at);
    }
    for (const ref of w.remove) q.remove.run(werkgroepId, ref.entity, ref.id);
    const c = w.change;
    q.log.run(
      werkgroepId,
      c.at,
      c.memberId,
      c.entity,
      c.entityId,
      c.action,
      c.label,
      JSON.stringify(c.fields),
    );
  });
  return {
    async writeNetwork(werkgroepId, w) {
      write(werkgroepId, w);
    },
    async getNetworkItem(werkgroepId, ref) {
      const r = q.get.get(werkgroepId, ref.entity, ref.id);
      return r ? parseNetworkItem(r.entity, JSON.parse(r.data_json)) : null;
    },
    async listNetwork(werkgroepId) {
      return q.list.all(werkgroepId).map((r) => parseNetworkItem(r.entity, JSON.parse(r.data_json)));
    },
    async listNetworkChanges(werkgroepId, limit) {
      return q.changes.all(werkgroepId, limit).map(parseChange);
    },
  };
}
