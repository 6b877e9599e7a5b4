import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { type Ballot, ballotSchema, VOTING_GROUPS, type VotingGroup } from '../../shared/schemas/vote';
import type { BallotRow } from './VoteStore';

/**
 * How every backend keeps secret ballots unlinkable (SPEC.md, [STORE-VOTE3]): the member is found by a
 * keyed hash while the vote is open, and a closed vote keeps its ballots as one list in an order that
 * follows from their content alone, with the number of proxy ballots per group instead of a mark per
 * ballot. Backend-neutral, so that SQLite and PostgreSQL seal the same way.
 */

/** JSON with object keys sorted and choice lists in order: the same content gives the same text. */
export function canonicalBallotJson(ballot: Ballot): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort).sort();
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, sort(x)]),
      );
    return v;
  };
  return JSON.stringify(sort(ballot));
}

/** The order in which a closed secret vote keeps its ballots: by group, then by content. */
export function byContent(a: { group: string; json: string }, b: { group: string; json: string }): number {
  const ka = `${a.group}\u0000${a.json}`;
  const kb = `${b.group}\u0000${b.json}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export const voterHash = (key: Buffer, memberId: string): Buffer =>
  createHmac('sha256', key).update(memberId).digest();

const groupSchema = z.enum(VOTING_GROUPS);
const perGroup = z.object({
  bewoners: z.number().int(),
  ambtenaren: z.number().int(),
  partners: z.number().int(),
});
/** What a closed secret vote keeps of its ballots. */
export const sealedSchema = z.object({
  ballots: z.array(z.object({ group: groupSchema, ballot: ballotSchema })),
  proxies: perGroup,
});
export type Sealed = z.infer<typeof sealedSchema>;

type Counted = { group: VotingGroup; ballot: Ballot; proxy: boolean };

/** Ballots in the sealed order (group, then content), as they are counted at closing. */
export function inContentOrder<B extends Counted>(ballots: readonly B[]): B[] {
  return ballots
    .map((b) => ({ b, key: { group: b.group, json: canonicalBallotJson(b.ballot) } }))
    .sort((x, y) => byContent(x.key, y.key))
    .map(({ b }) => b);
}

/** What is kept of a closed secret vote's ballots: content order, proxies as a count per group. */
export function sealBallots(ballots: readonly Counted[]): Sealed {
  const proxies = { bewoners: 0, ambtenaren: 0, partners: 0 };
  for (const b of ballots) if (b.proxy) proxies[b.group] += 1;
  return {
    ballots: inContentOrder(ballots).map(({ group, ballot }) => ({ group, ballot })),
    proxies,
  };
}

/** A sealed list as ballot rows: the first that many ballots of each group carry the proxy mark. */
export function sealedRows(voteId: string, data: Sealed): BallotRow[] {
  const marked = { bewoners: 0, ambtenaren: 0, partners: 0 };
  return data.ballots.map(({ group, ballot }) => {
    const proxy = marked[group] < data.proxies[group];
    if (proxy) marked[group] += 1;
    return { voteId, memberId: null, group, ballot, proxy, enteredBy: null, note: '', castAt: null };
  });
}

export const BALLOT_EVENT_KINDS = ['ballot_cast', 'ballot_changed', 'proxy_cast', 'proxy_changed'] as const;

type BallotEvent = { kind: string; actorMemberId: string; subjectMemberId: string; note: string };

type TookPart = {
  kind: 'took_part' | 'took_part_by_proxy';
  actorMemberId: string;
  subjectMemberId: string;
  note: string;
};

/**
 * A secret vote's ballot events (who cast or changed, when, in which order) collapsed to one event
 * per member who took part, in the order of their member ids: `took_part`, or `took_part_by_proxy`
 * with the facilitator and note when the counted ballot is a proxy ballot. `events` oldest first.
 */
export function tookPart(events: readonly BallotEvent[]): TookPart[] {
  const last = new Map<string, BallotEvent>();
  for (const e of events) last.set(e.subjectMemberId, e);
  return [...last]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([subject, e]) => {
      const byProxy = e.kind.startsWith('proxy_');
      return {
        kind: byProxy ? 'took_part_by_proxy' : 'took_part',
        actorMemberId: byProxy ? e.actorMemberId : subject,
        subjectMemberId: subject,
        note: byProxy ? e.note : '',
      };
    });
}
