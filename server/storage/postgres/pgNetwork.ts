import type pg from 'pg';
import type { NetworkChange } from '../../../shared/network/change';
import { wijkOutlineSchema } from '../../../shared/network/outline';
import { itemId, type NetworkStore } from '../NetworkStore';
import { type ChangeColumns, parseChange, parseNetworkItem } from '../networkRows';
import { first, inTransaction, json, rows } from './pgDb';

/** Issue 18: the wijknetwerk (records kept whole as jsonb, read back with the shared schemas). */
export const PG_NETWORK_MIGRATION = {
  name: 'wijknetwerk',
  sql: `
CREATE TABLE network_items (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  entity text NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (werkgroep_id, entity, id)
);
CREATE TABLE network_changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  at bigint NOT NULL,
  member_id text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  label text NOT NULL,
  fields jsonb NOT NULL
);
CREATE INDEX network_changes_werkgroep ON network_changes (werkgroep_id, seq);
`,
};

/** Issue 18: the wijkgrens, one per werkgroep (a GeoJSON MultiPolygon, read back with its shared schema). */
export const PG_NETWORK_OUTLINE_MIGRATION = {
  name: 'wijkgrens',
  sql: `
CREATE TABLE network_outlines (
  werkgroep_id text PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  geojson jsonb NOT NULL,
  updated_at bigint NOT NULL
);
`,
};

type DbItem = { entity: string; data: unknown };
const LOG_CHANGE = `INSERT INTO network_changes (werkgroep_id, at, member_id, entity, entity_id, action, label, fields)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`;
const changeValues = (werkgroepId: string, c: NetworkChange) => [
  werkgroepId,
  c.at,
  c.memberId,
  c.entity,
  c.entityId,
  c.action,
  c.label,
  json(c.fields),
];

/** The wijknetwerk on PostgreSQL. */
export function pgNetwork(pool: pg.Pool): NetworkStore {
  return {
    writeNetwork(werkgroepId, w) {
      return inTransaction(pool, async (db) => {
        for (const item of w.put) {
          await db.query(
            `INSERT INTO network_items (werkgroep_id, entity, id, data, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)
             ON CONFLICT (werkgroep_id, entity, id) DO UPDATE SET data = excluded.data`,
            [werkgroepId, item.entity, itemId(item), json(item.value), w.change.at],
          );
        }
        for (const ref of w.remove) {
          await db.query('DELETE FROM network_items WHERE werkgroep_id = $1 AND entity = $2 AND id = $3', [
            werkgroepId,
            ref.entity,
            ref.id,
          ]);
        }
        await db.query(LOG_CHANGE, changeValues(werkgroepId, w.change));
      });
    },
    async getNetworkItem(werkgroepId, ref) {
      const r = await first<DbItem>(
        pool,
        'SELECT entity, data FROM network_items WHERE werkgroep_id = $1 AND entity = $2 AND id = $3',
        [werkgroepId, ref.entity, ref.id],
      );
      return r ? parseNetworkItem(r.entity, r.data) : null;
    },
    async listNetwork(werkgroepId) {
      const all = await rows<DbItem>(
        pool,
        'SELECT entity, data FROM network_items WHERE werkgroep_id = $1 ORDER BY created_at, ord',
        [werkgroepId],
      );
      return all.map((r) => parseNetworkItem(r.entity, r.data));
    },
    async listNetworkChanges(werkgroepId, limit) {
      const all = await rows<ChangeColumns>(
        pool,
        `SELECT at, member_id, entity, entity_id, action, label, fields FROM network_changes
         WHERE werkgroep_id = $1 ORDER BY seq DESC LIMIT $2`,
        [werkgroepId, limit],
      );
      return all.map(parseChange);
    },
    async getNetworkOutline(werkgroepId) {
      const r = await first<{ geojson: unknown }>(
        pool,
        'SELECT geojson FROM network_outlines WHERE werkgroep_id = $1',
        [werkgroepId],
      );
      return r ? wijkOutlineSchema.parse(r.geojson) : null;
    },
    setNetworkOutline(werkgroepId, outline, change) {
      return inTransaction(pool, async (db) => {
        if (outline)
          await db.query(
            `INSERT INTO network_outlines (werkgroep_id, geojson, updated_at) VALUES ($1, $2::jsonb, $3)
             ON CONFLICT (werkgroep_id) DO UPDATE SET geojson = excluded.geojson, updated_at = excluded.updated_at`,
            [werkgroepId, json(outline), change.at],
          );
        else await db.query('DELETE FROM network_outlines WHERE werkgroep_id = $1', [werkgroepId]);
        await db.query(LOG_CHANGE, changeValues(werkgroepId, change));
      });
    },
  };
}
