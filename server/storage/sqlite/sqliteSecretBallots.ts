import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { type Ballot, ballotSchema, VOTING_GROUPS, type VotingGroup } from '../../../shared/schemas/vote';
import { byContent, canonicalBallotJson, voterHash } from '../secretBallots';
import type { BallotRow } from '../VoteStore';

// Shared with the other backends (../secretBallots.ts); re-exported for the SQLite migration.
export { byContent, canonicalBallotJson, voterHash };

/**
 * Ballots of secret votes, stored so that they cannot be linked to their voters.
 *
 * While the vote is open a ballot is found by a keyed hash of the member (HMAC-SHA256 with a random
 * key per vote): enough to keep one ballot per member, to let the member see and change theirs, and to
 * keep a proxy ballot from replacing the member's own. No member id, time, note or row order is
 * stored with it (the table is ordered by the hash). On closing (`seal`), in the closing transaction,
 * the key and every row are deleted (secure_delete zeroes them) and the ballots are kept as one list
 * in an order that follows from their content alone, with the number of proxy ballots per group
 * instead of a mark per ballot; the audit trail keeps who took part, at the closing time.
 */

type DbSecretBallot = { voter_group: string; ballot_json: string; proxy: number };

const groupSchema = z.enum(VOTING_GROUPS);
const perGroup = z.object({
  bewoners: z.number().int(),
  ambtenaren: z.number().int(),
  partners: z.number().int(),
});
/** What a closed secret vote keeps of its ballots (JSON in `sealed_ballots.data_json`). */
const sealedSchema = z.object({
  ballots: z.array(z.object({ group: groupSchema, ballot: ballotSchema })),
  proxies: perGroup,
});

const BALLOT_EVENT_KINDS = ['ballot_cast', 'ballot_changed', 'proxy_cast', 'proxy_changed'];
type DbBallotEvent = { kind: string; actor_member_id: string; subject_member_id: string; note: string };

/**
 * Replaces a secret vote's ballot events (who cast or changed, when, in which order) by one event per
 * member who took part, at `at` (the closing time), in the order of their member ids: `took_part`,
 * or `took_part_by_proxy` with the facilitator and note when the counted ballot is a proxy ballot.
 */
export function collapseBallotEvents(db: Database, voteId: string, at: number): void {
  const marks = BALLOT_EVENT_KINDS.map(() => '?').join(', ');
  const events = db
    .prepare<unknown[], DbBallotEvent>(
      `SELECT kind, actor_member_id, subject_member_id, note FROM vote_events
       WHERE vote_id = ? AND kind IN (${marks}) AND subject_member_id IS NOT NULL ORDER BY seq`,
    )
    .all(voteId, ...BALLOT_EVENT_KINDS);
  const last = new Map<string, DbBallotEvent>();
  for (const e of events) last.set(e.subject_member_id, e);
  db.prepare(`DELETE FROM vote_events WHERE vote_id = ? AND kind IN (${marks})`).run(
    voteId,
    ...BALLOT_EVENT_KINDS,
  );
  const insert = db.prepare(
    'INSERT INTO vote_events (vote_id, at, kind, actor_member_id, subject_member_id, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const [subject, e] of [...last].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const byProxy = e.kind.startsWith('proxy_');
    insert.run(
      voteId,
      at,
      byProxy ? 'took_part_by_proxy' : 'took_part',
      byProxy ? e.actor_member_id : subject,
      subject,
      byProxy ? e.note : '',
    );
  }
}

/** Writes the sealed list: ballots in content order, proxies as counts per group. */
export function writeSealed(
  db: Database,
  voteId: string,
  ballots: readonly { group: VotingGroup; ballot: Ballot; proxy: boolean }[],
): void {
  const sorted = ballots
    .map((b) => ({ group: b.group, json: canonicalBallotJson(b.ballot) }))
    .sort(byContent);
  const proxies = { bewoners: 0, ambtenaren: 0, partners: 0 };
  for (const b of ballots) if (b.proxy) proxies[b.group] += 1;
  const json = `{"ballots":[${sorted.map((b) => `{"group":"${b.group}","ballot":${b.json}}`).join(',')}],"proxies":${JSON.stringify(proxies)}}`;
  db.prepare('INSERT INTO sealed_ballots (vote_id, data_json) VALUES (?, ?)').run(voteId, json);
}

function prepare(db: Database) {
  return {
    key: db.prepare<[string], { key: Buffer }>('SELECT key FROM secret_ballot_keys WHERE vote_id = ?'),
    insertKey: db.prepare<[string, Buffer]>(
      'INSERT OR IGNORE INTO secret_ballot_keys (vote_id, key) VALUES (?, ?)',
    ),
    deleteKey: db.prepare<[string]>('DELETE FROM secret_ballot_keys WHERE vote_id = ?'),
    get: db.prepare<[string, Buffer], DbSecretBallot>(
      'SELECT voter_group, ballot_json, proxy FROM secret_ballots WHERE vote_id = ? AND voter_hash = ?',
    ),
    all: db.prepare<[string], DbSecretBallot>(
      'SELECT voter_group, ballot_json, proxy FROM secret_ballots WHERE vote_id = ? ORDER BY voter_hash',
    ),
    insert: db.prepare<[string, Buffer, string, string, number]>(
      'INSERT INTO secret_ballots (vote_id, voter_hash, voter_group, ballot_json, proxy) VALUES (?, ?, ?, ?, ?)',
    ),
    update: db.prepare<[string, string, number, string, Buffer]>(
      'UPDATE secret_ballots SET voter_group = ?, ballot_json = ?, proxy = ? WHERE vote_id = ? AND voter_hash = ?',
    ),
    deleteAll: db.prepare<[string]>('DELETE FROM secret_ballots WHERE vote_id = ?'),
    sealed: db.prepare<[string], { data_json: string }>(
      'SELECT data_json FROM sealed_ballots WHERE vote_id = ?',
    ),
  };
}

const toRow = (voteId: string, r: DbSecretBallot, memberId: string | null): BallotRow => ({
  voteId,
  memberId,
  group: groupSchema.parse(r.voter_group),
  ballot: ballotSchema.parse(JSON.parse(r.ballot_json)),
  proxy: r.proxy === 1,
  enteredBy: null,
  note: '',
  castAt: null,
});

/** The secret-ballot part of the SQLite vote store; every call runs inside the caller's transaction. */
export function sqliteSecretBallots(db: Database) {
  const q = prepare(db);
  const keyOf = (voteId: string): Buffer => {
    const found = q.key.get(voteId);
    if (found) return found.key;
    q.insertKey.run(voteId, randomBytes(32));
    return (q.key.get(voteId) as { key: Buffer }).key;
  };
  return {
    /** Makes the vote's key (when it opens). */
    createKey(voteId: string): void {
      keyOf(voteId);
    },
    cast(
      voteId: string,
      b: { memberId: string; group: VotingGroup; ballot: Ballot; proxy: boolean },
    ): 'cast' | 'changed' | 'already_voted' {
      const hash = voterHash(keyOf(voteId), b.memberId);
      const existing = q.get.get(voteId, hash);
      if (existing && existing.proxy === 0 && b.proxy) return 'already_voted';
      const json = canonicalBallotJson(b.ballot);
      if (existing) q.update.run(b.group, json, b.proxy ? 1 : 0, voteId, hash);
      else q.insert.run(voteId, hash, b.group, json, b.proxy ? 1 : 0);
      return existing ? 'changed' : 'cast';
    },
    /** The member's own ballot while the vote is open; null once it is closed (the key is gone). */
    get(voteId: string, memberId: string): BallotRow | null {
      const key = q.key.get(voteId)?.key;
      const row = key ? q.get.get(voteId, voterHash(key, memberId)) : undefined;
      return row ? toRow(voteId, row, memberId) : null;
    },
    /**
     * Without members. Open: in the order of the keyed hash. Closed: in content order, with the number
     * of proxy ballots per group marked on the first ballots of that group.
     */
    list(voteId: string): BallotRow[] {
      const sealed = q.sealed.get(voteId);
      if (!sealed) return q.all.all(voteId).map((r) => toRow(voteId, r, null));
      const data = sealedSchema.parse(JSON.parse(sealed.data_json));
      const marked = { bewoners: 0, ambtenaren: 0, partners: 0 };
      return data.ballots.map(({ group, ballot }) => {
        const proxy = marked[group] < data.proxies[group];
        if (proxy) marked[group] += 1;
        return { voteId, memberId: null, group, ballot, proxy, enteredBy: null, note: '', castAt: null };
      });
    },
    /**
     * Closing: the ballots as counted (content order, exact proxy marks), then the key and the rows
     * are gone, the sealed list is written and the audit trail keeps who took part.
     */
    seal(voteId: string, closedAt: number): BallotRow[] {
      const ballots = q.all
        .all(voteId)
        .map((r) => toRow(voteId, r, null))
        .map((b) => ({ b, sortKey: { group: b.group, json: canonicalBallotJson(b.ballot) } }))
        .sort((x, y) => byContent(x.sortKey, y.sortKey))
        .map(({ b }) => b);
      q.deleteAll.run(voteId);
      q.deleteKey.run(voteId);
      writeSealed(db, voteId, ballots);
      collapseBallotEvents(db, voteId, closedAt);
      return ballots;
    },
  };
}
