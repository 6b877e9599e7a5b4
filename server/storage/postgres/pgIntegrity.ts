import type pg from 'pg';
import type { IntegrityResult } from '../Storage';
import { inTransaction, rows } from './pgDb';

/** PostgreSQL's error class XX: "internal error", with data_corrupted (XX001) and index_corrupted (XX002). */
const CORRUPTION = /^XX/;

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Reads every row of every table of the store's schema (a sequential scan each: a damaged page or
 * tuple header fails it), and checks every B-tree index with `amcheck` when that extension is
 * installed in the database (the store does not install it: that needs a superuser). The work runs
 * in the database server, so the event loop only waits for the answers. O(data); call it rarely.
 */
export async function checkPostgresIntegrity(pool: pg.Pool): Promise<IntegrityResult> {
  try {
    await inTransaction(pool, async (db) => {
      await db.query('SET TRANSACTION READ ONLY');
      // Index scans would skip the table pages; the check is about reading them all.
      await db.query('SET LOCAL enable_indexscan = off');
      await db.query('SET LOCAL enable_indexonlyscan = off');
      await db.query('SET LOCAL enable_bitmapscan = off');
      const tables = await rows<{ name: string }>(
        db,
        'SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1',
      );
      for (const t of tables) await db.query(`SELECT count(*) FROM ${t.name}`);
      const amcheck = await rows(db, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'");
      if (amcheck.length > 0) {
        await db.query(
          `SELECT bt_index_check(c.oid) FROM pg_index i
           JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
           WHERE a.amname = 'btree'
             AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
        );
      }
    });
    return { status: 'ok' };
  } catch (error) {
    if (CORRUPTION.test(codeOf(error))) return { status: 'corrupt', problems: [messageOf(error)] };
    return { status: 'failed', error: messageOf(error) };
  }
}
