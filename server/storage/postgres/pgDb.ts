import pg from 'pg';

/** Anything that runs a query: the pool (one statement) or a client inside a transaction. */
export type Db = Pick<pg.ClientBase, 'query'>;

/**
 * `bigint` columns (times in milliseconds, sequence numbers, counts) come back as numbers, as the
 * storage interface has them. Every such value stays far below 2^53; one that does not is refused
 * rather than rounded.
 */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${text} does not fit a JavaScript number`);
  return n;
}

/** Per pool, so that other users of `pg` in the process keep the library's defaults. */
export const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export async function rows<R extends pg.QueryResultRow>(
  db: Db,
  text: string,
  values: readonly unknown[] = [],
): Promise<R[]> {
  const result = await db.query<R>(text, [...values]);
  return result.rows;
}

export async function first<R extends pg.QueryResultRow>(
  db: Db,
  text: string,
  values: readonly unknown[] = [],
): Promise<R | null> {
  return (await rows<R>(db, text, values))[0] ?? null;
}

/** Runs a statement and answers how many rows it changed. */
export async function changes(db: Db, text: string, values: readonly unknown[] = []): Promise<number> {
  const result = await db.query(text, [...values]);
  return result.rowCount ?? 0;
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it
 * throws. A connection whose rollback fails is dropped from the pool, not handed out again.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (db: Db) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** JSON for a `jsonb` parameter (an array handed to `pg` as is would become a PostgreSQL array). */
export const json = (value: unknown): string => JSON.stringify(value);

/** A Buffer over the same bytes, for a `bytea` parameter. */
export const bytes = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
