import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { type Ballot, ballotSchema, VOTING_GROUPS, type VotingGroup } from '../../../shared/schemas/vote';
import {
  canonicalBallotJson,
  inContentOrder,
  sealBallots,
  sealedRows,
  sealedSchema,
  tookPart,
  voterHash,
} from '../secretBallots';
import type { BallotRow, VoteEventRow } from '../VoteStore';
import { type Db, first, json, rows } from './pgDb';

/**
 * Ballots of secret votes on PostgreSQL, stored so that they cannot be linked to their voters (SPEC.md,
 * [STORE-VOTE3] and [PG2]).
 *
 * While the vote is open a ballot is found by a keyed hash of the member (HMAC-SHA256, a random key
 * per vote). `secret_ballots` has no member id, time, note, sequence or identity column, and is read
 * in the order of the hash. Its ballot events (who cast or changed, when) wait in
 * `secret_ballot_events`, apart from the audit trail. On closing, in the closing transaction, the
 * key, the rows and those events are deleted, the ballots are kept as one list in content order with
 * the proxies as a count per group, and the audit trail gets one `took_part` per member at the
 * closing time. After the commit the three tables are rewritten (`VACUUM FULL`), so the deleted row
 * versions do not stay in their files either.
 */

type DbSecretBallot = { voter_group: string; ballot: string; proxy: boolean };

const groupSchema = z.enum(VOTING_GROUPS);

const toRow = (voteId: string, r: DbSecretBallot, memberId: string | null): BallotRow => ({
  voteId,
  memberId,
  group: groupSchema.parse(r.voter_group),
  ballot: ballotSchema.parse(JSON.parse(r.ballot)),
  proxy: r.proxy,
  enteredBy: null,
  note: '',
  castAt: null,
});

async function keyOf(db: Db, voteId: string): Promise<Buffer> {
  await db.query(
    'INSERT INTO secret_ballot_keys (vote_id, key) VALUES ($1, $2) ON CONFLICT (vote_id) DO NOTHING',
    [voteId, randomBytes(32)],
  );
  const found = await first<{ key: Buffer }>(db, 'SELECT key FROM secret_ballot_keys WHERE vote_id = $1', [
    voteId,
  ]);
  if (!found) throw new Error('secret ballot key is missing');
  return found.key;
}

const SELECT_ONE =
  'SELECT voter_group, ballot, proxy FROM secret_ballots WHERE vote_id = $1 AND voter_hash = $2';
const SELECT_ALL =
  'SELECT voter_group, ballot, proxy FROM secret_ballots WHERE vote_id = $1 ORDER BY voter_hash';

/** Makes the vote's key (when it opens). */
export async function createSecretKey(db: Db, voteId: string): Promise<void> {
  await keyOf(db, voteId);
}

/** Casts or changes a member's secret ballot (inside the caller's transaction). */
export async function castSecret(
  db: Db,
  voteId: string,
  b: { memberId: string; group: VotingGroup; ballot: Ballot; proxy: boolean },
): Promise<'cast' | 'changed' | 'already_voted'> {
  const hash = voterHash(await keyOf(db, voteId), b.memberId);
  const existing = await first<DbSecretBallot>(db, SELECT_ONE, [voteId, hash]);
  if (existing && !existing.proxy && b.proxy) return 'already_voted';
  const ballot = canonicalBallotJson(b.ballot);
  if (existing) {
    await db.query(
      'UPDATE secret_ballots SET voter_group = $1, ballot = $2, proxy = $3 WHERE vote_id = $4 AND voter_hash = $5',
      [b.group, ballot, b.proxy, voteId, hash],
    );
  } else {
    await db.query(
      'INSERT INTO secret_ballots (vote_id, voter_hash, voter_group, ballot, proxy) VALUES ($1, $2, $3, $4, $5)',
      [voteId, hash, b.group, ballot, b.proxy],
    );
  }
  return existing ? 'changed' : 'cast';
}

/** The member's own ballot while the vote is open; null once it is closed (the key is gone). */
export async function getSecret(db: Db, voteId: string, memberId: string): Promise<BallotRow | null> {
  const key = await first<{ key: Buffer }>(db, 'SELECT key FROM secret_ballot_keys WHERE vote_id = $1', [
    voteId,
  ]);
  if (!key) return null;
  const row = await first<DbSecretBallot>(db, SELECT_ONE, [voteId, voterHash(key.key, memberId)]);
  return row ? toRow(voteId, row, memberId) : null;
}

/** Without members. Open: in the order of the keyed hash. Closed: the sealed list. */
export async function listSecret(db: Db, voteId: string): Promise<BallotRow[]> {
  const sealed = await first<{ data: unknown }>(db, 'SELECT data FROM sealed_ballots WHERE vote_id = $1', [
    voteId,
  ]);
  if (sealed) return sealedRows(voteId, sealedSchema.parse(sealed.data));
  return (await rows<DbSecretBallot>(db, SELECT_ALL, [voteId])).map((r) => toRow(voteId, r, null));
}

/**
 * Closing (inside the closing transaction): the ballots as counted (content order, exact proxy
 * marks); then the key, the rows and the waiting ballot events are gone, the sealed list is written
 * and the audit trail gets who took part, at `closedAt`.
 */
export async function sealSecret(db: Db, voteId: string, closedAt: number): Promise<BallotRow[]> {
  const ballots = inContentOrder(
    (await rows<DbSecretBallot>(db, SELECT_ALL, [voteId])).map((r) => toRow(voteId, r, null)),
  );
  await db.query('DELETE FROM secret_ballots WHERE vote_id = $1', [voteId]);
  await db.query('DELETE FROM secret_ballot_keys WHERE vote_id = $1', [voteId]);
  await db.query('INSERT INTO sealed_ballots (vote_id, data) VALUES ($1, $2::jsonb)', [
    voteId,
    json(sealBallots(ballots)),
  ]);
  const events = await rows<{
    seq: number;
    kind: string;
    actor_member_id: string;
    subject_member_id: string;
    note: string;
  }>(
    db,
    'DELETE FROM secret_ballot_events WHERE vote_id = $1 RETURNING seq, kind, actor_member_id, subject_member_id, note',
    [voteId],
  );
  const took = tookPart(
    events
      .sort((a, b) => a.seq - b.seq)
      .map((e) => ({
        kind: e.kind,
        actorMemberId: e.actor_member_id,
        subjectMemberId: e.subject_member_id,
        note: e.note,
      })),
  );
  for (const e of took) {
    const row: VoteEventRow = { voteId, at: closedAt, ...e };
    await insertEvent(db, 'vote_events', row);
  }
  return ballots;
}

/** An audit event; a secret vote's ballot events wait in `secret_ballot_events` until closing. */
export async function insertEvent(
  db: Db,
  table: 'vote_events' | 'secret_ballot_events',
  e: VoteEventRow,
): Promise<void> {
  await db.query(
    `INSERT INTO ${table} (vote_id, at, kind, actor_member_id, subject_member_id, note) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.voteId, e.at, e.kind, e.actorMemberId, e.subjectMemberId, e.note],
  );
}

/**
 * Rewrites the secret-ballot tables (after a secret vote closed, and at start): deleted row versions
 * — a replaced or sealed ballot, a member's casting time — leave the files. A row version that a
 * still-running older transaction may see is kept by PostgreSQL, so it first waits (at most 2 s) for
 * those to end, then at most 2 s for the table locks (casts queue behind a waiting rewrite). Answers
 * whether it rewrote with no older transaction left; when not, `retryRewrite` tries again.
 */
export async function rewriteSecretTables(pool: pg.Pool): Promise<boolean> {
  let client: pg.PoolClient | null = null;
  try {
    client = await pool.connect();
    const clear = await olderTransactionsDone(client);
    await client.query("SET lock_timeout = '2s'");
    await client.query('VACUUM FULL secret_ballots, secret_ballot_keys, secret_ballot_events');
    await client.query('RESET lock_timeout');
    client.release();
    return clear;
  } catch {
    // The vote is closed and sealed either way; only the rewrite is still to do.
    client?.release(true);
    return false;
  }
}

/**
 * A rewrite after a close that could not be complete (busy tables, a long transaction, a database
 * away): tried again in the background every 2 s, 30 times at most (and at every start anyway).
 * Found under load by server/test/cluster/acrossInstances.test.ts, where ballots keep arriving on
 * other instances while the vote closes.
 */
export function retryRewrite(pool: pg.Pool, attempts = 30): void {
  const timer = setTimeout(() => {
    void rewriteSecretTables(pool).then((done) => {
      if (!done && attempts > 1) retryRewrite(pool, attempts - 1);
    });
  }, 2_000);
  timer.unref();
}

/**
 * Waits (at most `maxMs`) until no transaction that began before now still runs. VACUUM FULL copies a
 * deleted row version that such a transaction may still see: with several instances, a ballot arriving
 * on another instance while the vote closes holds exactly such a snapshot, and the rewrite right after
 * the close kept the open phase's ballots in the file (found by server/test/cluster/acrossInstances.test.ts).
 * Two checks, because PostgreSQL keeps old row versions for both:
 * - a snapshot in this database (pg_stat_activity's `backend_xmin`, any kind of backend: an autovacuum
 *   ANALYZE counts too);
 * - a transaction holding a transaction id in ANY database of the server: the oldest one still running
 *   bounds what every database may remove (transaction ids are shared). Read from our own snapshot
 *   (`pg_snapshot_xmin`), which needs no rights to see other users' sessions. Found when a test's cut
 *   connection in another database kept the ballots in the file while this check said all was clear.
 */
async function olderTransactionsDone(client: pg.PoolClient, maxMs = 2_000): Promise<boolean> {
  const started = Date.now();
  const [{ now, next } = { now: '', next: '' }] = (
    await client.query<{ now: string; next: string }>(
      'SELECT clock_timestamp()::text AS now, pg_snapshot_xmax(pg_current_snapshot())::text AS next',
    )
  ).rows;
  while (Date.now() - started < maxMs) {
    const { rows } = await client.query<{ n: number; ids_done: boolean }>(
      `SELECT (SELECT count(*)::int FROM pg_stat_activity
               WHERE pid <> pg_backend_pid() AND datname = current_database()
                 AND backend_xmin IS NOT NULL AND xact_start < $1::timestamptz) AS n,
              pg_snapshot_xmin(pg_current_snapshot()) >= $2::xid8 AS ids_done`,
      [now, next],
    );
    if ((rows[0]?.n ?? 0) === 0 && rows[0]?.ids_done) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}
