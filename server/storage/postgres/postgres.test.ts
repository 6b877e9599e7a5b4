import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStorageContract, type StorageFactory } from '../contract';
import { ballot, decide, now, seedWerkgroep, settings, vote } from '../contract/fixtures';
import { openStorage } from '../openStorage';
import type { Storage } from '../Storage';
import {
  freshDatabase,
  freshSchema,
  postgresReachable,
  TEST_DATABASE_URL,
  type TestSchema,
} from './pgTestDatabase';

const reachable = await postgresReachable();

const openIn = (schema: TestSchema) =>
  openStorage({ dataDir: 'unused-by-postgres', sqliteSynchronous: 'FULL', databaseUrl: schema.url });

const postgresFactory: StorageFactory = async () => {
  const schema = await freshSchema();
  return { open: () => openIn(schema), cleanup: () => schema.drop() };
};

if (reachable) {
  runStorageContract('postgres', postgresFactory);
} else {
  describe.skip('Storage contract (postgres): PostgreSQL is unreachable (see TEST_DATABASE_URL)', () => {
    it('is skipped', () => {});
  });
}

/** The bytes of a table's file on disk, after a checkpoint (needs a superuser, as the test database's is). */
async function tableFile(schema: TestSchema, table: string): Promise<Buffer> {
  await schema.query('CHECKPOINT');
  const [row] = await schema.query<{ data: Buffer }>(
    'SELECT pg_read_binary_file(pg_relation_filepath($1::regclass)) AS data',
    [`${schema.name}.${table}`],
  );
  return row?.data ?? Buffer.alloc(0);
}

describe.skipIf(!reachable)('postgres storage', () => {
  let schema: TestSchema | null = null;
  let storage: Storage | null = null;
  afterEach(async () => {
    await storage?.close();
    await schema?.drop();
    storage = null;
    schema = null;
  });

  // In a database of its own, so other test files' snapshots in the shared one do not hold the rewrite
  // back; their write transactions still do (transaction ids are shared: see the next test).
  it('[PG2] a closed secret vote leaves no ballot, key or casting event in the tables or their files', async () => {
    schema = await freshDatabase();
    const s = await openIn(schema);
    storage = s;
    await seedWerkgroep(s);
    const marker = 'bezwaar-MERKTEKEN-4711';
    const objection = (reason: string) => ({ kind: 'consent' as const, choice: 'bezwaar' as const, reason });
    const consent = { ...settings, method: 'consent' as const, rule: 'consent' as const };
    await s.createVote(vote({ options: [], settings: { ...consent, secret: true, results: 'after_close' } }));
    await s.openVote('v1', now + 1, 'f1');
    await s.castBallot(ballot('m1', 'o1', { ballot: objection(marker) }), 'm1');
    await s.castBallot(ballot('m2', 'o1', { proxy: true, enteredBy: 'f1', note: 'per-telefoon-7' }), 'f1');
    await s.castBallot(ballot('m1', 'o1', { ballot: { kind: 'consent', choice: 'instemmen' } }), 'm1');
    await s.castBallot(ballot('m3', 'o1', { ballot: objection(marker) }), 'm3');
    // The check can see a ballot in the file while the vote is open…
    expect((await tableFile(schema, 'secret_ballots')).includes(marker)).toBe(true);
    const columns = await schema.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = $1 AND table_name = 'secret_ballots' ORDER BY ordinal_position`,
      [schema.name],
    );
    // No member, time, note, sequence or identity column.
    expect(columns.map((c) => c.column_name)).toEqual([
      'vote_id',
      'voter_hash',
      'voter_group',
      'ballot',
      'proxy',
    ]);

    await s.closeVote('v1', now + 100, 'f1', decide);
    const count = async (table: string) =>
      (await schema?.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema?.name}.${table}`))?.[0]?.n;
    expect(await count('secret_ballots')).toBe(0);
    expect(await count('secret_ballot_keys')).toBe(0);
    expect(await count('secret_ballot_events')).toBe(0);
    // …and none of it once it is closed: the old row versions were rewritten away (should a transaction
    // that began before the close still run, the store rewrites again every 2 s until none is left).
    const tables = ['secret_ballots', 'secret_ballot_keys', 'secret_ballot_events'];
    await vi.waitFor(
      async () => {
        for (const table of tables) {
          const file = await tableFile(schema as TestSchema, table);
          expect(file.includes(marker), table).toBe(false);
          expect(file.includes('per-telefoon-7'), table).toBe(false);
          expect(file.includes('m1'), table).toBe(false);
        }
      },
      { timeout: 100_000, interval: 500 },
    );
    const trail = await s.listVoteEvents('v1');
    expect(trail.map((e) => e.kind)).toEqual([
      'created',
      'opened',
      'took_part',
      'took_part_by_proxy',
      'took_part',
      'closed',
    ]);
  }, 120_000);

  it('[PG2] a write transaction in another database of the server holds the rewrite back too; once it ends, the retried rewrite cleans the files', async () => {
    schema = await freshDatabase();
    const s = await openIn(schema);
    storage = s;
    await seedWerkgroep(s);
    const marker = 'bezwaar-ANDERE-DB-5150';
    const consent = { ...settings, method: 'consent' as const, rule: 'consent' as const };
    await s.createVote(vote({ options: [], settings: { ...consent, secret: true, results: 'after_close' } }));
    await s.openVote('v1', now + 1, 'f1');
    await s.castBallot(
      ballot('m1', 'o1', { ballot: { kind: 'consent', choice: 'bezwaar', reason: marker } }),
      'm1',
    );
    // Another application's transaction on the same server, in its own database, with a transaction id.
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      await s.closeVote('v1', now + 100, 'f1', decide);
      // Transaction ids are shared by all databases: PostgreSQL keeps the old rows while it runs…
      expect((await tableFile(schema, 'secret_ballots')).includes(marker)).toBe(true);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    // …and the store, having seen that, rewrites again (every 2 s) until they are gone.
    await vi.waitFor(
      async () =>
        expect((await tableFile(schema as TestSchema, 'secret_ballots')).includes(marker)).toBe(false),
      { timeout: 30_000, interval: 500 },
    );
  }, 60_000);

  it('[PG3] appends from two instances: per document, no sequence number is seen before a lower one', async () => {
    schema = await freshSchema();
    const a = await openIn(schema);
    const b = await openIn(schema);
    storage = a;
    const seqOf = new Map<string, number>();
    const key = (u: Uint8Array) => Array.from(u).join(',');
    const seen: string[][] = [];
    let writing = true;
    try {
      const write = async (s: Storage, tag: number) => {
        for (let i = 0; i < 30; i++) {
          const update = new Uint8Array([tag, i]);
          const [seq] = await s.appendUpdates([{ doc: 'doc:x', update }]);
          seqOf.set(key(update), seq as number);
        }
      };
      // A reader on a third connection meanwhile notes which updates it sees, in load order.
      const read = async () => {
        while (writing) seen.push((await b.loadDoc('doc:x')).updates.map(key));
      };
      const reading = read();
      await Promise.all([write(a, 1), write(b, 2), write(a, 3)]);
      writing = false;
      await reading;
      const all = [...seqOf.values()].sort((x, y) => x - y);
      expect(new Set(all).size).toBe(90);
      // Every read is a prefix of the final order: a later number never showed up before an earlier one.
      for (const updates of seen) {
        const seqs = updates.map((u) => seqOf.get(u));
        expect(seqs).toEqual(all.slice(0, seqs.length));
      }
      expect(seen.length).toBeGreaterThan(1);
    } finally {
      await b.close();
    }
  });

  it('[PG4] never shows the password of DATABASE_URL when it cannot connect', async () => {
    const bad = 'postgres://wijk:zeer-geheim@127.0.0.1:1/wijk';
    const failed = await openStorage({ dataDir: 'unused', sqliteSynchronous: 'FULL', databaseUrl: bad }).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failed).toMatch(/postgres:\/\/wijk:\*\*\*@127\.0\.0\.1:1\/wijk/);
    expect(failed).not.toMatch(/zeer-geheim/);
  });
});
