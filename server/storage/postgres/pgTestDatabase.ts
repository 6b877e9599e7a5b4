import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactDatabaseUrl } from './databaseUrl';

/**
 * The PostgreSQL the tests use: TEST_DATABASE_URL, or this machine's (trust auth on 127.0.0.1:5432).
 * Each store under test lives in a fresh schema of that database, dropped afterwards.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether the test PostgreSQL answers. Unreachable in CI is an error (the PostgreSQL tests must run
 * there, never skip silently); elsewhere the tests are skipped and say why.
 */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    const why = `PostgreSQL at ${redactDatabaseUrl(TEST_DATABASE_URL)} is unreachable (${
      error instanceof Error ? error.message : String(error)
    })`;
    if (process.env.CI) throw new Error(`${why}; CI must run the PostgreSQL tests (set TEST_DATABASE_URL)`);
    process.stderr.write(`${why}: skipping the PostgreSQL tests (set TEST_DATABASE_URL to run them)\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

let admin: pg.Pool | null = null;
/** One small pool for creating and dropping schemas; it lets the process exit when idle. */
function adminPool(): pg.Pool {
  if (!admin) {
    admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, allowExitOnIdle: true });
    admin.on('error', () => {});
  }
  return admin;
}

/** Runs one statement as the test database's user (schemas, checkpoints, reading files). */
export async function adminQuery<R extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  return (await adminPool().query<R>(text, values)).rows;
}

export interface TestSchema {
  name: string;
  /** TEST_DATABASE_URL with this schema as the search path. */
  url: string;
  /** Runs one statement as the superuser, in the database the schema is in. */
  query: typeof adminQuery;
  drop(): Promise<void>;
}

/** A fresh, empty schema; `url` opens a store in it. */
export async function freshSchema(): Promise<TestSchema> {
  const name = `wijk_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    query: adminQuery,
    drop: async () => {
      await adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    },
  };
}

/**
 * A fresh database of its own (its `public` schema), dropped afterwards: for a test of what is in the
 * table files. VACUUM keeps a deleted row version while any transaction in the same database may still
 * see it, so another test file's long transaction in the shared database would keep it there.
 */
export async function freshDatabase(): Promise<TestSchema> {
  const name = `wijk_test_db_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2, allowExitOnIdle: true });
  pool.on('error', () => {});
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    (await pool.query<R>(text, values)).rows;
  return {
    name: 'public',
    url: url.toString(),
    query,
    drop: async () => {
      await pool.end();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
