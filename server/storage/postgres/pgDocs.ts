import type pg from 'pg';
import type { DocStorage, StoredDoc } from '../Storage';
import { bytes, inTransaction, rows } from './pgDb';

/** The advisory-lock space of document logs (two-key locks; "wijk" 17 = 0x77170000 + 1). */
const DOC_LOCK_SPACE = 0x77170001;

type Part = { part: number; seq: number; data: Buffer };

/**
 * Documents' update logs and snapshots on PostgreSQL.
 *
 * A group commit is one transaction: it takes a transaction-scoped advisory lock per document in the
 * batch (in a fixed order), draws the sequence numbers, and inserts every record. Holding the lock
 * until commit means that, per document, a higher sequence number is never visible before a lower
 * one, even with several instances writing: a reader that has seen seq n may catch up with `> n`.
 * Durable: `synchronous_commit` is on for the store's connections (postgres.ts).
 */
export function pgDocs(pool: pg.Pool): DocStorage {
  return {
    async loadDoc(doc) {
      // One statement, so the snapshot and the log after it are read from one consistent view.
      const parts = await rows<Part>(
        pool,
        `SELECT 0 AS part, last_seq AS seq, data FROM doc_snapshots WHERE doc = $1
         UNION ALL
         SELECT 1 AS part, seq, data FROM doc_updates
         WHERE doc = $1 AND seq > COALESCE((SELECT last_seq FROM doc_snapshots WHERE doc = $1), 0)
         ORDER BY part, seq`,
        [doc],
      );
      const snap = parts.find((p) => p.part === 0);
      const updates = parts.filter((p) => p.part === 1);
      let logBytes = 0;
      for (const u of updates) logBytes += u.data.byteLength;
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: updates.map((u) => new Uint8Array(u.data.buffer, u.data.byteOffset, u.data.byteLength)),
        lastSeq: updates.at(-1)?.seq ?? snap?.seq ?? 0,
        logBytes,
      } satisfies StoredDoc;
    },

    async appendUpdates(records) {
      if (records.length === 0) return [];
      return inTransaction(pool, async (db) => {
        await db.query(
          `SELECT pg_advisory_xact_lock($1, h) FROM
             (SELECT DISTINCT hashtext(d) AS h FROM unnest($2::text[]) AS d ORDER BY h) AS docs`,
          [DOC_LOCK_SPACE, records.map((r) => r.doc)],
        );
        const drawn = await rows<{ seq: number }>(
          db,
          "SELECT nextval('doc_update_seq') AS seq FROM generate_series(1, $1)",
          [records.length],
        );
        // The numbers in rising order, given to the records in the order they came.
        const seqs = drawn.map((r) => r.seq).sort((a, b) => a - b);
        const now = Date.now();
        const values: unknown[] = [];
        const tuples = records.map((r, i) => {
          values.push(seqs[i], r.doc, bytes(r.update), now);
          const n = i * 4;
          return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4})`;
        });
        await db.query(
          `INSERT INTO doc_updates (seq, doc, data, created_at) VALUES ${tuples.join(', ')}`,
          values,
        );
        return seqs;
      });
    },

    async compactDoc(doc, snapshot, throughSeq) {
      // One statement: the snapshot and the removal of what it folds in happen together. An older
      // compaction than the stored snapshot leaves the snapshot as it is.
      await pool.query(
        `WITH snap AS (
           INSERT INTO doc_snapshots (doc, data, last_seq, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (doc) DO UPDATE SET data = excluded.data, last_seq = excluded.last_seq,
             updated_at = excluded.updated_at
           WHERE excluded.last_seq >= doc_snapshots.last_seq
         )
         DELETE FROM doc_updates WHERE doc = $1 AND seq <= $3`,
        [doc, bytes(snapshot), throughSeq, Date.now()],
      );
    },

    async deleteDoc(doc) {
      await pool.query(
        `WITH log AS (DELETE FROM doc_updates WHERE doc = $1)
         DELETE FROM doc_snapshots WHERE doc = $1`,
        [doc],
      );
    },
  };
}
