import pg from 'pg';
import type { Storage } from '../Storage';
import { redactDatabaseUrl } from './databaseUrl';
import { pgAkkoord } from './pgAkkoord';
import { pgBoards } from './pgBoards';
import { pgComments } from './pgComments';
import { TYPES } from './pgDb';
import { pgDocs } from './pgDocs';
import { pgDocuments } from './pgDocuments';
import { checkPostgresIntegrity } from './pgIntegrity';
import { pgMeetings } from './pgMeetings';
import { migrate } from './pgMigrations';
import { pgMonitoring } from './pgMonitoring';
import { pgNetwork } from './pgNetwork';
import { pgRoomLocks } from './pgRoomLocks';
import { rewriteSecretTables } from './pgSecretBallots';
import { pgUitvoering } from './pgUitvoering';
import { pgVotes } from './pgVotes';
import { pgWijkpagina } from './pgWijkpagina';
import { pgWorkspace } from './pgWorkspace';

export interface PostgresOptions {
  /** postgres:// or postgresql:// address; a `?options=-c search_path=…` picks a schema. */
  url: string;
  /** Connections the pool may open (per instance). */
  maxConnections?: number;
  /** Connections for room locks, each held by one lock ([PG6]); takers beyond wait for one. */
  maxLockConnections?: number;
}

/** Every method of `methods`, refusing once `isOpen` says the store is closed. */
function guarded<T extends object>(methods: T, isOpen: () => boolean): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        if (!isOpen()) throw new Error('storage is closed');
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as T;
}

/**
 * The address with `synchronous_commit` on for every connection (a startup option, before any
 * query): durable before acknowledged, whatever the database's or the address's setting. Other
 * options the address has (a search_path) are kept.
 */
function withSynchronousCommit(url: string): string {
  const parsed = new URL(url);
  const given = parsed.searchParams.get('options');
  // Last, so that it wins over a `-c synchronous_commit=off` in the address.
  parsed.searchParams.set('options', `${given ? `${given} ` : ''}-c synchronous_commit=on`);
  return parsed.toString();
}

function createPool(options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: withSynchronousCommit(options.url),
    max: options.maxConnections ?? 10,
    types: TYPES,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // A connection that breaks while idle (a database restart) is dropped by the pool and the next
  // query opens a new one; without a listener the error would end the process. The outage itself
  // shows in ping and the health probe.
  pool.on('error', () => {});
  // The pool listens only to idle connections: one that breaks while checked out (PostgreSQL gone in
  // the middle of a transaction or a query) emits 'error' with nobody listening, which ended the
  // process (found by the topology test's outage, server/test/cluster/pgOutage.test.ts). The running
  // queries fail with the error anyway, and the pool drops a connection that is no longer queryable
  // when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}

/**
 * Opens the database at `options.url` (pooled), runs the migrations it has not had, and rewrites the
 * secret-ballot tables once (what an earlier close could not rewrite). `close` ends the pool.
 */
export async function openPostgresStorage(options: PostgresOptions): Promise<Storage> {
  const pool = createPool(options);
  try {
    await migrate(pool);
    await rewriteSecretTables(pool);
  } catch (error) {
    await pool.end();
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL storage at ${redactDatabaseUrl(options.url)} could not be opened: ${why}`, {
      cause: error,
    });
  }
  // [PG6] Room locks hold a connection each for as long as they are held: a pool of their own.
  const lockPool = createPool({ ...options, maxConnections: options.maxLockConnections ?? 8 });
  const { closeLocks, ...roomLocks } = pgRoomLocks(lockPool);
  let open = true;
  const stores = guarded(
    {
      ...pgDocs(pool),
      ...pgWorkspace(pool),
      ...pgDocuments(pool),
      ...pgComments(pool),
      ...pgVotes(pool),
      ...pgBoards(pool),
      ...pgMeetings(pool),
      ...pgNetwork(pool),
      ...pgAkkoord(pool),
      ...pgMonitoring(pool),
      ...pgUitvoering(pool),
      ...pgWijkpagina(pool),
      ...roomLocks,
      async ping() {
        await pool.query('SELECT 1');
      },
      async probeWrite() {
        await pool.query(
          'INSERT INTO health_probe (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
          [Date.now()],
        );
      },
      async checkIntegrity() {
        return checkPostgresIntegrity(pool);
      },
    },
    () => open,
  );
  return {
    ...stores,
    kind: 'postgres',
    async close() {
      if (!open) return;
      open = false;
      closeLocks();
      await Promise.all([pool.end(), lockPool.end()]);
    },
  };
}
