import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ballotSchema, VOTING_GROUPS } from '../../../shared/schemas/vote';
import { canonicalBallotJson, collapseBallotEvents, voterHash, writeSealed } from './sqliteSecretBallots';

type OldBallot = { member_id: string | null; voter_group: string; ballot_json: string; proxy: number };
type SecretVote = { id: string; status: string; closed_at: number | null };
type Objections = { objections?: unknown };

/**
 * Issue 14: secret ballots leave the `ballots` table, whose member ids (while open), casting times,
 * row order, proxy marks and notes linked them to the audit trail. Open secret votes get a key and
 * their ballots move to `secret_ballots` under a keyed hash; closed ones are sealed as at closing
 * (`sqliteSecretBallots.ts`); their decisions list objections in sorted order instead of casting
 * order. The server rebuilds the file (VACUUM) after this, so the old rows leave its free pages too.
 */
export function migrateSecretBallots(db: Database): void {
  db.exec(`
    CREATE TABLE secret_ballot_keys (
      vote_id TEXT PRIMARY KEY REFERENCES votes(id) ON DELETE CASCADE,
      key BLOB NOT NULL
    );
    CREATE TABLE secret_ballots (
      vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
      voter_hash BLOB NOT NULL,
      voter_group TEXT NOT NULL CHECK (voter_group IN ('bewoners','ambtenaren','partners')),
      ballot_json TEXT NOT NULL,
      proxy INTEGER NOT NULL,
      PRIMARY KEY (vote_id, voter_hash)
    ) WITHOUT ROWID;
    CREATE TABLE sealed_ballots (
      vote_id TEXT PRIMARY KEY REFERENCES votes(id) ON DELETE CASCADE,
      data_json TEXT NOT NULL
    );`);
  const secretVotes = db
    .prepare<[], SecretVote>(
      "SELECT id, status, closed_at FROM votes WHERE json_extract(settings_json, '$.secret') = 1",
    )
    .all();
  const ballotsOf = db.prepare<[string], OldBallot>(
    'SELECT member_id, voter_group, ballot_json, proxy FROM ballots WHERE vote_id = ? ORDER BY member_id',
  );
  const insertKey = db.prepare('INSERT INTO secret_ballot_keys (vote_id, key) VALUES (?, ?)');
  const insertOpen = db.prepare(
    'INSERT INTO secret_ballots (vote_id, voter_hash, voter_group, ballot_json, proxy) VALUES (?, ?, ?, ?, ?)',
  );
  const group = (g: string) => VOTING_GROUPS.find((x) => x === g) ?? 'bewoners';
  for (const vote of secretVotes) {
    const old = ballotsOf.all(vote.id);
    if (vote.status === 'open') {
      const key = randomBytes(32);
      insertKey.run(vote.id, key);
      for (const b of old) {
        if (b.member_id === null) continue;
        const ballot = ballotSchema.parse(JSON.parse(b.ballot_json));
        insertOpen.run(
          vote.id,
          voterHash(key, b.member_id),
          b.voter_group,
          canonicalBallotJson(ballot),
          b.proxy,
        );
      }
    } else if (vote.status === 'closed') {
      const ballots = old.map((b) => ({
        group: group(b.voter_group),
        ballot: ballotSchema.parse(JSON.parse(b.ballot_json)),
        proxy: b.proxy === 1,
      }));
      writeSealed(db, vote.id, ballots);
      collapseBallotEvents(db, vote.id, vote.closed_at ?? 0);
      // As when closing now: the trail ends with 'closed', after who took part.
      db.prepare(
        `INSERT INTO vote_events (vote_id, at, kind, actor_member_id, subject_member_id, note)
         SELECT vote_id, at, kind, actor_member_id, subject_member_id, note FROM vote_events
         WHERE vote_id = ? AND kind = 'closed' ORDER BY seq`,
      ).run(vote.id);
      db.prepare(
        "DELETE FROM vote_events WHERE vote_id = ? AND kind = 'closed' AND seq < (SELECT MAX(seq) FROM vote_events WHERE vote_id = ?)",
      ).run(vote.id, vote.id);
      sortObjections(db, vote.id);
    }
    db.prepare('DELETE FROM ballots WHERE vote_id = ?').run(vote.id);
  }
}

/** A decision's objections were listed in the order the ballots were cast: sort them. */
function sortObjections(db: Database, voteId: string): void {
  const row = db
    .prepare<[string], { data_json: string }>('SELECT data_json FROM decisions WHERE vote_id = ?')
    .get(voteId);
  if (!row) return;
  const data = JSON.parse(row.data_json) as { tally?: { groups?: Record<string, { consent?: Objections }> } };
  for (const figures of Object.values(data.tally?.groups ?? {})) {
    const consent = figures?.consent;
    if (consent && Array.isArray(consent.objections)) consent.objections = [...consent.objections].sort();
  }
  db.prepare('UPDATE decisions SET data_json = ? WHERE vote_id = ?').run(JSON.stringify(data), voteId);
}
