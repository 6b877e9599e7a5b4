import type { Database } from 'better-sqlite3';
import type { DecisionRow, NewBallot, VoteEventRow, VoteRow, VoteStore } from '../VoteStore';
import { sqliteSecretBallots } from './sqliteSecretBallots';
import {
  type DbBallot,
  type DbDecision,
  type DbEvent,
  type DbVote,
  toBallot,
  toDecision,
  toEvent,
  toVote,
} from './sqliteVoteRows';

type Statements = ReturnType<typeof prepare>;
type Secrets = ReturnType<typeof sqliteSecretBallots>;

function prepare(db: Database) {
  return {
    insertVote: db.prepare(
      `INSERT INTO votes (id, werkgroep_id, board_id, question, explanation, options_json, settings_json, status,
         created_by, created_at, opened_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getVote: db.prepare<[string], DbVote>('SELECT * FROM votes WHERE id = ?'),
    listVotes: db.prepare<[string], DbVote>(
      'SELECT * FROM votes WHERE werkgroep_id = ? ORDER BY created_at DESC, rowid DESC',
    ),
    deleteDraft: db.prepare<[string]>("DELETE FROM votes WHERE id = ? AND status = 'draft'"),
    updateDraft: db.prepare<[string, string, string, string, string]>(
      "UPDATE votes SET question = ?, explanation = ?, options_json = ?, settings_json = ? WHERE id = ? AND status = 'draft'",
    ),
    open: db.prepare<[number, string]>(
      "UPDATE votes SET status = 'open', opened_at = ? WHERE id = ? AND status = 'draft'",
    ),
    close: db.prepare<[number, string]>(
      "UPDATE votes SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'",
    ),
    event: db.prepare(
      'INSERT INTO vote_events (vote_id, at, kind, actor_member_id, subject_member_id, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    events: db.prepare<[string], DbEvent>('SELECT * FROM vote_events WHERE vote_id = ? ORDER BY seq'),
    getBallot: db.prepare<[string, string], DbBallot>(
      'SELECT * FROM ballots WHERE vote_id = ? AND member_id = ?',
    ),
    ballots: db.prepare<[string], DbBallot>('SELECT * FROM ballots WHERE vote_id = ? ORDER BY seq'),
    insertBallot: db.prepare(
      `INSERT INTO ballots (vote_id, member_id, voter_group, ballot_json, proxy, entered_by, note, cast_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateBallot: db.prepare(
      `UPDATE ballots SET voter_group = ?, ballot_json = ?, proxy = ?, entered_by = ?, note = ?, cast_at = ?
       WHERE vote_id = ? AND member_id = ?`,
    ),
    nextNumber: db.prepare<[string], { n: number }>(
      'SELECT COALESCE(MAX(number), 0) + 1 AS n FROM decisions WHERE werkgroep_id = ?',
    ),
    insertDecision: db.prepare(
      'INSERT INTO decisions (id, werkgroep_id, vote_id, number, data_json, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    decisions: db.prepare<[string], DbDecision>(
      'SELECT * FROM decisions WHERE werkgroep_id = ? ORDER BY number',
    ),
  };
}

const addEvent = (q: Statements, e: VoteEventRow) =>
  q.event.run(e.voteId, e.at, e.kind, e.actorMemberId, e.subjectMemberId, e.note);

/** A vote's life: created, opened, closed (each in one transaction with its audit event). */
function lifecycle(db: Database, q: Statements, secrets: Secrets) {
  const create = db.transaction((v: VoteRow) => {
    q.insertVote.run(
      v.id,
      v.werkgroepId,
      v.boardId,
      v.question,
      v.explanation,
      JSON.stringify(v.options),
      JSON.stringify(v.settings),
      v.status,
      v.createdBy,
      v.createdAt,
      v.openedAt,
      v.closedAt,
    );
    addEvent(q, {
      voteId: v.id,
      at: v.createdAt,
      kind: 'created',
      actorMemberId: v.createdBy,
      subjectMemberId: null,
      note: '',
    });
  });

  const open = db.transaction((id: string, now: number, actor: string) => {
    if (q.open.run(now, id).changes === 0) return null;
    if (isSecret(q, id)) secrets.createKey(id);
    addEvent(q, {
      voteId: id,
      at: now,
      kind: 'opened',
      actorMemberId: actor,
      subjectMemberId: null,
      note: '',
    });
    const row = q.getVote.get(id);
    return row ? toVote(row) : null;
  });

  const close = db.transaction(
    (id: string, now: number, actor: string, decide: Parameters<VoteStore['closeVote']>[3]) => {
      if (q.close.run(now, id).changes === 0) return null;
      const row = q.getVote.get(id);
      if (!row) return null;
      const vote = toVote(row);
      // A secret vote's ballots are sealed here: counted as they are, then unlinkable.
      const ballots = vote.settings.secret ? secrets.seal(id, now) : q.ballots.all(id).map(toBallot);
      const decided = decide(vote, ballots);
      const decision: DecisionRow | null = decided
        ? { ...decided, number: q.nextNumber.get(vote.werkgroepId)?.n ?? 1 }
        : null;
      if (decision) {
        const { id: decisionId, werkgroepId, voteId, number, decidedAt, ...data } = decision;
        q.insertDecision.run(decisionId, werkgroepId, voteId, number, JSON.stringify(data), decidedAt);
      }
      addEvent(q, {
        voteId: id,
        at: now,
        kind: 'closed',
        actorMemberId: actor,
        subjectMemberId: null,
        note: '',
      });
      return { vote, decision };
    },
  );
  return { create, open, close };
}

const isSecret = (q: Statements, voteId: string) => {
  const row = q.getVote.get(voteId);
  return row ? toVote(row).settings.secret : false;
};

/** Casting a ballot, in one transaction with its check that the vote is open and its audit event. */
function casting(db: Database, q: Statements, secrets: Secrets) {
  /** A ballot of an open (not secret) vote: who cast it and when are part of it. */
  const castOpen = (b: NewBallot) => {
    const json = JSON.stringify(b.ballot);
    const existing = q.getBallot.get(b.voteId, b.memberId);
    if (existing && existing.proxy === 0 && b.proxy) return 'already_voted' as const;
    if (existing) {
      q.updateBallot.run(b.group, json, b.proxy ? 1 : 0, b.enteredBy, b.note, b.castAt, b.voteId, b.memberId);
    } else {
      q.insertBallot.run(b.voteId, b.memberId, b.group, json, b.proxy ? 1 : 0, b.enteredBy, b.note, b.castAt);
    }
    return existing ? ('changed' as const) : ('cast' as const);
  };
  const cast = db.transaction((b: NewBallot, actor: string) => {
    const row = q.getVote.get(b.voteId);
    if (row?.status !== 'open') return 'not_open' as const;
    const result = toVote(row).settings.secret ? secrets.cast(b.voteId, b) : castOpen(b);
    if (result === 'already_voted') return result;
    const kind = `${b.proxy ? 'proxy' : 'ballot'}_${result}` as const;
    const event = { voteId: b.voteId, at: b.castAt, kind, actorMemberId: actor, subjectMemberId: b.memberId };
    addEvent(q, { ...event, note: b.note });
    return result;
  });
  return cast;
}

/** Votes, ballots, audit trail and decisions on SQLite. */
export function sqliteVotes(db: Database): VoteStore {
  const q = prepare(db);
  const secrets = sqliteSecretBallots(db);
  const { create, open, close } = lifecycle(db, q, secrets);
  const cast = casting(db, q, secrets);
  /**
   * Empties the WAL into the file and truncates it: no earlier page image (a secret ballot while open)
   * stays in it. A process reading the database then can hold it back until the next close or start.
   */
  const emptyWal = () => db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    async createVote(row) {
      create(row);
    },
    async getVote(id) {
      const r = q.getVote.get(id);
      return r ? toVote(r) : null;
    },
    async listVotes(werkgroepId) {
      return q.listVotes.all(werkgroepId).map(toVote);
    },
    async updateDraftVote(id, c) {
      const changed = q.updateDraft.run(
        c.question,
        c.explanation,
        JSON.stringify(c.options),
        JSON.stringify(c.settings),
        id,
      );
      if (changed.changes === 0) return null;
      const r = q.getVote.get(id);
      return r ? toVote(r) : null;
    },
    async deleteDraftVote(id) {
      return q.deleteDraft.run(id).changes > 0;
    },
    async openVote(id, now, actor) {
      return open(id, now, actor);
    },
    async closeVote(id, now, actor, decide) {
      const closed = close(id, now, actor, decide);
      if (closed?.vote.settings.secret) emptyWal();
      return closed;
    },
    async castBallot(row, actor) {
      return cast(row, actor);
    },
    async getBallot(voteId, memberId) {
      if (isSecret(q, voteId)) return secrets.get(voteId, memberId);
      const r = q.getBallot.get(voteId, memberId);
      return r ? toBallot(r) : null;
    },
    async listBallots(voteId) {
      if (isSecret(q, voteId)) return secrets.list(voteId);
      return q.ballots.all(voteId).map(toBallot);
    },
    async listVoteEvents(voteId) {
      return q.events.all(voteId).map(toEvent);
    },
    async listDecisions(werkgroepId) {
      return q.decisions.all(werkgroepId).map(toDecision);
    },
  };
}
