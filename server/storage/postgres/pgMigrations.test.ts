import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { change, party } from '../contract/networkFixtures';
import { openStorage } from '../openStorage';
import type { Storage } from '../Storage';
import { TYPES } from './pgDb';
import { MIGRATIONS, migrate } from './pgMigrations';
import { PG_NETWORK_OUTLINE_MIGRATION } from './pgNetwork';
import { adminQuery, freshSchema, postgresReachable, type TestSchema } from './pgTestDatabase';

const reachable = await postgresReachable();
const LATEST = MIGRATIONS.length;
const BEFORE_OUTLINE = MIGRATIONS.indexOf(PG_NETWORK_OUTLINE_MIGRATION);
const outline = {
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [5.1, 52.1],
        [5.2, 52.1],
        [5.2, 52.2],
        [5.1, 52.1],
      ] as [number, number][],
    ],
  ],
};

/**
 * Rows written straight into a database of a version (its own SQL, as a server of that version
 * wrote them), and what a store of today must read back from them. A new migration adds the entry
 * of the version before it, so the upgrade from there is tested with data.
 */
const DATA_AT: Record<
  number,
  { write: (db: pg.Pool) => Promise<void>; check: (s: Storage) => Promise<void> }
> = {
  1: {
    write: async (db) => {
      await db.query(
        "INSERT INTO werkgroepen (id, name, wijk, gemeente, created_at) VALUES ('w1', 'Werkgroep', 'Overvecht', 'Utrecht', 1800000000000)",
      );
      await db.query(
        "INSERT INTO doc_updates (doc, data, created_at) VALUES ('doc:a', '\\x0102'::bytea, 1800000000000)",
      );
      await db.query(
        `INSERT INTO votes (id, werkgroep_id, question, explanation, options, settings, status, created_by, created_at)
         VALUES ('v1', 'w1', 'Vraag', '', '[{"id":"o1","label":"A"}]',
           '{"method":"single","rule":"gelijk_gewicht","maxChoices":null,"dots":null,"partnersAdvise":false,
             "quorum":{"bewoners":0,"ambtenaren":0},"secret":false,"results":"live"}', 'draft', 'f1', 1800000000000)`,
      );
    },
    check: async (s) => {
      expect((await s.getWerkgroep('w1'))?.name).toBe('Werkgroep');
      const doc = await s.loadDoc('doc:a');
      expect(doc.updates.map((u) => Array.from(u))).toEqual([[1, 2]]);
      expect((await s.getVote('v1'))?.options).toEqual([{ id: 'o1', label: 'A' }]);
    },
  },
  // The network before the wijkgrens: its records stay, it has no outline, and one can be set.
  [BEFORE_OUTLINE]: {
    write: async (db) => {
      await db.query(
        "INSERT INTO werkgroepen (id, name, wijk, gemeente, created_at) VALUES ('w1', 'W', 'Overvecht', 'Utrecht', 1)",
      );
      await db.query(
        "INSERT INTO network_items (werkgroep_id, entity, id, data, created_at) VALUES ('w1', 'party', 'pa1', $1::jsonb, 1)",
        [JSON.stringify(party())],
      );
    },
    check: async (s) => {
      expect((await s.listNetwork('w1')).map((i) => i.value)).toEqual([party()]);
      expect(await s.getNetworkOutline('w1')).toBeNull();
      await s.setNetworkOutline('w1', outline, change({ entity: 'outline', entityId: 'w1' }));
      expect(await s.getNetworkOutline('w1')).toEqual(outline);
    },
  },
};

const openIn = (schema: TestSchema) =>
  openStorage({ dataDir: 'unused-by-postgres', sqliteSynchronous: 'FULL', databaseUrl: schema.url });

async function versions(schema: TestSchema): Promise<number[]> {
  const found = await adminQuery<{ version: number }>(
    `SELECT version FROM ${schema.name}.schema_migrations ORDER BY version`,
  );
  return found.map((r) => r.version);
}

describe.skipIf(!reachable)('postgres migrations', () => {
  let schema: TestSchema | null = null;
  const open: Storage[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await schema?.drop();
    schema = null;
  });

  for (let from = 0; from <= LATEST; from++) {
    it(`[PG1] a database of version ${from} opens at version ${LATEST}${DATA_AT[from] ? ', with its data' : ''}`, async () => {
      schema = await freshSchema();
      const pool = new pg.Pool({ connectionString: schema.url, types: TYPES, max: 1 });
      try {
        expect(await migrate(pool, from)).toEqual({ from: 0, to: from });
        await DATA_AT[from]?.write(pool);
      } finally {
        await pool.end();
      }
      const s = await openIn(schema);
      open.push(s);
      expect(await versions(schema)).toEqual(Array.from({ length: LATEST }, (_, i) => i + 1));
      await DATA_AT[from]?.check(s);
    });
  }

  it('[PG1] opening again changes nothing: no migration runs twice, and the data stays', async () => {
    schema = await freshSchema();
    const first = await openIn(schema);
    await first.createWerkgroep({ id: 'w1', name: 'W', wijk: 'X', gemeente: 'Y', createdAt: 1 });
    const [seq] = await first.appendUpdates([{ doc: 'doc:a', update: new Uint8Array([7]) }]);
    await first.close();
    const applied = await adminQuery(`SELECT * FROM ${schema.name}.schema_migrations ORDER BY version`);
    const again = await openIn(schema);
    open.push(again);
    expect(await adminQuery(`SELECT * FROM ${schema.name}.schema_migrations ORDER BY version`)).toEqual(
      applied,
    );
    expect((await again.getWerkgroep('w1'))?.name).toBe('W');
    expect((await again.loadDoc('doc:a')).lastSeq).toBe(seq);
  });

  it('[PG1] instances starting together on an empty database run each migration once', async () => {
    schema = await freshSchema();
    const started = await Promise.all([openIn(schema), openIn(schema), openIn(schema)]);
    open.push(...started);
    expect(await versions(schema)).toEqual(Array.from({ length: LATEST }, (_, i) => i + 1));
  });

  it('[PG1] refuses a database written by a newer server, and a failed migration leaves nothing', async () => {
    schema = await freshSchema();
    const s = await openIn(schema);
    await s.close();
    await adminQuery(
      `INSERT INTO ${schema.name}.schema_migrations (version, name, applied_at) VALUES (${LATEST + 1}, 'later', 0)`,
    );
    await expect(openIn(schema)).rejects.toThrow(/newer than this server/);

    const empty = await freshSchema();
    try {
      await adminQuery(`CREATE TABLE ${empty.name}.werkgroepen (id text)`);
      // The first migration cannot create its table: nothing of it, nor its version, is kept.
      await expect(openIn(empty)).rejects.toThrow(/werkgroepen/);
      const left = await adminQuery<{ tablename: string }>(
        'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1',
        [empty.name],
      );
      expect(left.map((t) => t.tablename)).toEqual(['werkgroepen']);
    } finally {
      await empty.drop();
    }
  });
});
