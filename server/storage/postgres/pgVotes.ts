import type pg from 'pg';
import type { DecisionRow, NewBallot, VoteRow, VoteStore } from '../VoteStore';
import { changes, type Db, first, inTransaction, json, rows } from './pgDb';
import {
  castSecret,
  createSecretKey,
  getSecret,
  insertEvent,
  listSecret,
  retryRewrite,
  rewriteSecretTables,
  sealSecret,
} from './pgSecretBallots';
import {
  BALLOT_COLS,
  type DbBallot,
  type DbDecision,
  type DbEvent,
  type DbVote,
  DECISION_COLS,
  EVENT_COLS,
  toBallot,
  toDecision,
  toEvent,
  toVote,
  VOTE_COLS,
} from './pgVoteRows';

type Decide = Parameters<VoteStore['closeVote']>[3];

const getVote = async (db: Db, id: string, lock = '') => {
  const r = await first<DbVote>(db, `SELECT ${VOTE_COLS} FROM votes WHERE id = $1 ${lock}`, [id]);
  return r ? toVote(r) : null;
};
const openBallots = async (db: Db, voteId: string) =>
  (
    await rows<DbBallot>(db, `SELECT ${BALLOT_COLS} FROM ballots WHERE vote_id = $1 ORDER BY ord`, [voteId])
  ).map(toBallot);
const event = (voteId: string, at: number, kind: 'created' | 'opened' | 'closed', actorMemberId: string) => ({
  voteId,
  at,
  kind,
  actorMemberId,
  subjectMemberId: null,
  note: '',
});

/** Open → closed in one transaction: the ballots of that moment, the decision and its number. */
async function closeIn(db: Db, id: string, now: number, actor: string, decide: Decide) {
  const row = await first<DbVote>(
    db,
    `UPDATE votes SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open' RETURNING ${VOTE_COLS}`,
    [now, id],
  );
  if (!row) return null;
  const vote = toVote(row);
  // The werkgroep row is held until commit, so decisions closing at once get numbers one by one.
  await db.query('SELECT 1 FROM werkgroepen WHERE id = $1 FOR NO KEY UPDATE', [vote.werkgroepId]);
  // A secret vote's ballots are sealed here: counted as they are, then unlinkable.
  const ballots = vote.settings.secret ? await sealSecret(db, id, now) : await openBallots(db, id);
  const decided = decide(vote, ballots);
  let decision: DecisionRow | null = null;
  if (decided) {
    const next = await first<{ n: number }>(
      db,
      'SELECT COALESCE(max(number), 0) + 1 AS n FROM decisions WHERE werkgroep_id = $1',
      [vote.werkgroepId],
    );
    decision = { ...decided, number: next?.n ?? 1 };
    const { id: decisionId, werkgroepId, voteId, number, decidedAt, ...data } = decision;
    await db.query(
      'INSERT INTO decisions (id, werkgroep_id, vote_id, number, data, decided_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
      [decisionId, werkgroepId, voteId, number, json(data), decidedAt],
    );
  }
  await insertEvent(db, 'vote_events', event(id, now, 'closed', actor));
  return { vote, decision };
}

/** A ballot of an open (not secret) vote: who cast it and when are part of it. */
async function castOpen(db: Db, b: NewBallot): Promise<'cast' | 'changed' | 'already_voted'> {
  const existing = await first<DbBallot>(
    db,
    `SELECT ${BALLOT_COLS} FROM ballots WHERE vote_id = $1 AND member_id = $2`,
    [b.voteId, b.memberId],
  );
  if (existing && !existing.proxy && b.proxy) return 'already_voted';
  const values = [b.voteId, b.memberId, b.group, json(b.ballot), b.proxy, b.enteredBy, b.note, b.castAt];
  if (existing) {
    await db.query(
      `UPDATE ballots SET voter_group = $3, ballot = $4::jsonb, proxy = $5, entered_by = $6, note = $7, cast_at = $8
       WHERE vote_id = $1 AND member_id = $2`,
      values,
    );
  } else {
    await db.query(
      `INSERT INTO ballots (vote_id, member_id, voter_group, ballot, proxy, entered_by, note, cast_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)`,
      values,
    );
  }
  return existing ? 'changed' : 'cast';
}

/** Casting: in one transaction, holding the vote row so that a close waits for it (and it for a close). */
function cast(pool: pg.Pool, b: NewBallot, actor: string) {
  return inTransaction(pool, async (db) => {
    const vote = await getVote(db, b.voteId, 'FOR NO KEY UPDATE');
    if (vote?.status !== 'open') return 'not_open' as const;
    const secret = vote.settings.secret;
    const result = secret ? await castSecret(db, b.voteId, b) : await castOpen(db, b);
    if (result === 'already_voted') return result;
    const kind = `${b.proxy ? 'proxy' : 'ballot'}_${result}` as const;
    await insertEvent(db, secret ? 'secret_ballot_events' : 'vote_events', {
      voteId: b.voteId,
      at: b.castAt,
      kind,
      actorMemberId: actor,
      subjectMemberId: b.memberId,
      note: b.note,
    });
    return result;
  });
}

function lifecycle(pool: pg.Pool): Pick<VoteStore, 'createVote' | 'openVote' | 'closeVote'> {
  return {
    createVote(v: VoteRow) {
      return inTransaction(pool, async (db) => {
        await db.query(
          `INSERT INTO votes (id, werkgroep_id, board_id, question, explanation, options, settings, status,
             created_by, created_at, opened_at, closed_at)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12)`,
          [
            v.id,
            v.werkgroepId,
            v.boardId,
            v.question,
            v.explanation,
            json(v.options),
            json(v.settings),
            v.status,
            v.createdBy,
            v.createdAt,
            v.openedAt,
            v.closedAt,
          ],
        );
        await insertEvent(db, 'vote_events', event(v.id, v.createdAt, 'created', v.createdBy));
      });
    },
    openVote(id, now, actor) {
      return inTransaction(pool, async (db) => {
        const row = await first<DbVote>(
          db,
          `UPDATE votes SET status = 'open', opened_at = $1 WHERE id = $2 AND status = 'draft' RETURNING ${VOTE_COLS}`,
          [now, id],
        );
        if (!row) return null;
        const vote = toVote(row);
        if (vote.settings.secret) await createSecretKey(db, id);
        await insertEvent(db, 'vote_events', event(id, now, 'opened', actor));
        return vote;
      });
    },
    async closeVote(id, now, actor, decide) {
      const closed = await inTransaction(pool, (db) => closeIn(db, id, now, actor, decide));
      if (closed?.vote.settings.secret && !(await rewriteSecretTables(pool))) retryRewrite(pool);
      return closed;
    },
  };
}

/** Votes, ballots, audit trail and decisions on PostgreSQL. */
export function pgVotes(pool: pg.Pool): VoteStore {
  const isSecret = async (voteId: string) => (await getVote(pool, voteId))?.settings.secret ?? false;
  return {
    ...lifecycle(pool),
    async getVote(id) {
      return getVote(pool, id);
    },
    async listVotes(werkgroepId) {
      const all = await rows<DbVote>(
        pool,
        `SELECT ${VOTE_COLS} FROM votes WHERE werkgroep_id = $1 ORDER BY created_at DESC, ord DESC`,
        [werkgroepId],
      );
      return all.map(toVote);
    },
    async updateDraftVote(id, c) {
      const r = await first<DbVote>(
        pool,
        `UPDATE votes SET question = $1, explanation = $2, options = $3::jsonb, settings = $4::jsonb
         WHERE id = $5 AND status = 'draft' RETURNING ${VOTE_COLS}`,
        [c.question, c.explanation, json(c.options), json(c.settings), id],
      );
      return r ? toVote(r) : null;
    },
    async deleteDraftVote(id) {
      return (await changes(pool, "DELETE FROM votes WHERE id = $1 AND status = 'draft'", [id])) > 0;
    },
    castBallot(row, actor) {
      return cast(pool, row, actor);
    },
    async getBallot(voteId, memberId) {
      if (await isSecret(voteId)) return getSecret(pool, voteId, memberId);
      const r = await first<DbBallot>(
        pool,
        `SELECT ${BALLOT_COLS} FROM ballots WHERE vote_id = $1 AND member_id = $2`,
        [voteId, memberId],
      );
      return r ? toBallot(r) : null;
    },
    async listBallots(voteId) {
      if (await isSecret(voteId)) return listSecret(pool, voteId);
      return openBallots(pool, voteId);
    },
    async listVoteEvents(voteId) {
      // An open secret vote's ballot events follow its own (created, opened): it has no others until
      // it closes, when they are gone. Their own sequence leaves no gaps in the audit trail's.
      const all = await rows<DbEvent>(
        pool,
        `SELECT ${EVENT_COLS} FROM (
           SELECT 0 AS part, seq, ${EVENT_COLS} FROM vote_events WHERE vote_id = $1
           UNION ALL
           SELECT 1 AS part, seq, ${EVENT_COLS} FROM secret_ballot_events WHERE vote_id = $1
         ) AS events ORDER BY part, seq`,
        [voteId],
      );
      return all.map(toEvent);
    },
    async listDecisions(werkgroepId) {
      const all = await rows<DbDecision>(
        pool,
        `SELECT ${DECISION_COLS} FROM decisions WHERE werkgroep_id = $1 ORDER BY number`,
        [werkgroepId],
      );
      return all.map(toDecision);
    },
  };
}
