import type { Database } from 'better-sqlite3';
import type { NetworkChange } from '../../../shared/network/change';
import type { WijkOutline } from '../../../shared/network/outline';
import { wijkOutlineSchema } from '../../../shared/network/outline';
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

/** Issue 18: the wijkgrens, one per werkgroep (a GeoJSON MultiPolygon, read back with its shared schema). */
export const NETWORK_OUTLINE_MIGRATION = `
CREATE TABLE network_outlines (
  werkgroep_id TEXT PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  geojson TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);`;

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
  const outline = {
    get: db.prepare<[string], { geojson: string }>(
      'SELECT geojson FROM network_outlines WHERE werkgroep_id = ?',
    ),
    put: db.prepare(
      `INSERT INTO network_outlines (werkgroep_id, geojson, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (werkgroep_id) DO UPDATE SET geojson = excluded.geojson, updated_at = excluded.updated_at`,
    ),
    remove: db.prepare('DELETE FROM network_outlines WHERE werkgroep_id = ?'),
  };
  const logChange = (werkgroepId: string, c: NetworkChange) =>
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
  const setOutline = db.transaction((werkgroepId: string, value: WijkOutline | null, c: NetworkChange) => {
    if (value) outline.put.run(werkgroepId, JSON.stringify(value), c.at);
    else outline.remove.run(werkgroepId);
    logChange(werkgroepId, c);
  });
  const write = db.transaction((werkgroepId: string, w: NetworkWrite) => {
    for (const item of w.put) {
      q.put.run(werkgroepId, item.entity, itemId(item), JSON.stringify(item.value), w.change.at);
    }
    for (const ref of w.remove) q.remove.run(werkgroepId, ref.entity, ref.id);
    logChange(werkgroepId, w.change);
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
    async getNetworkOutline(werkgroepId) {
      const r = outline.get.get(werkgroepId);
      return r ? wijkOutlineSchema.parse(JSON.parse(r.geojson)) : null;
    },
    async setNetworkOutline(werkgroepId, value, change) {
      setOutline(werkgroepId, value, change);
    },
  };
}
