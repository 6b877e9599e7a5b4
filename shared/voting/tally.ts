import type { CountedBallot, Vote } from '../schemas/vote';
import type { ParityGroup, VotingGroup } from '../schemas/voteBasics';
import { methodOf, specOfBallot } from './methods';
import type { GroupFigures, Tally } from './result';
import { groupTakesPart } from './voters';

/**
 * Counting a vote. Pure and deterministic: the same settings and ballots always give the same
 * Tally, whatever the order of the ballots (apart from the order of consent objections, which is
 * the ballot order on purpose). Nothing is rounded here; rounding is for display only, so that
 * comparisons such as "more than half" are made on the exact ratios.
 */

/** The settings counting needs; the rest of a Vote (question, dates…) does not change the outcome. */
export type TallyVote = Pick<
  Vote,
  'method' | 'rule' | 'options' | 'maxChoices' | 'dots' | 'partnersAdvise' | 'quorum'
>;

type ConsentFigures = NonNullable<GroupFigures['consent']>;
type TallyStatus = Tally['status'];

/**
 * One group's count before it becomes figures. The raw numbers and the divisor are kept apart so
 * the meerderheid rule can pool them across groups (one member, one vote) instead of averaging
 * the groups' shares.
 */
interface GroupCount {
  voters: number;
  abstained: number;
  proxies: number;
  /** Ballots other than abstentions; in consent votes `onthouden` is a choice and counts here. */
  counted: number;
  raw: ReadonlyMap<string, number>;
  /** What raw is divided by to get a share (the method's divisor). */
  divisor: number;
  consent: ConsentFigures;
}

/** A share with the 0 ÷ 0 case defined, so a group without counted ballots shows 0, not NaN. */
function ratio(raw: number, divisor: number): number {
  return divisor === 0 ? 0 : raw / divisor;
}

function countGroup(vote: TallyVote, ballots: readonly CountedBallot[]): GroupCount {
  // Only the vote's own options are tallied: ballots were checked with ballotProblem when cast,
  // and an id the vote does not know has nowhere to go in the figures.
  const raw = new Map<string, number>(vote.options.map((o) => [o.id, 0]));
  // Returns what it counted, so dots on an unknown option stay out of the dots divisor as well.
  const add = (optionId: string, amount: number): number => {
    const current = raw.get(optionId);
    if (current === undefined) return 0;
    raw.set(optionId, current + amount);
    return amount;
  };
  const consent: ConsentFigures = { instemmen: 0, onthouden: 0, bezwaar: 0, objections: [] };
  let abstained = 0;
  let proxies = 0;
  // What the ballots placed on options: the divisor of methods that share out what was placed (dots).
  let placed = 0;

  for (const { ballot, proxy } of ballots) {
    if (proxy) proxies += 1;
    if (ballot.kind === 'abstain') {
      abstained += 1;
      continue;
    }
    // The server only stores ballots that fit the vote, so a mismatch means a bug upstream;
    // counting it as anything would silently change a decision.
    if (ballot.kind !== vote.method) {
      throw new Error(`tally: a ${ballot.kind} ballot in a ${vote.method} vote`);
    }
    placed += specOfBallot(ballot).count(ballot, { options: vote.options, add, consent });
  }

  const counted = ballots.length - abstained;
  return {
    voters: ballots.length,
    abstained,
    proxies,
    counted,
    raw,
    divisor: methodOf(vote.method).divisor(counted, placed),
    consent,
  };
}

function shareOf(count: GroupCount, optionId: string): number {
  return ratio(count.raw.get(optionId) ?? 0, count.divisor);
}

function figuresOf(vote: TallyVote, count: GroupCount): GroupFigures {
  const hasOptions = methodOf(vote.method).options;
  return {
    voters: count.voters,
    abstained: count.abstained,
    proxies: count.proxies,
    options: !hasOptions
      ? {}
      : Object.fromEntries(
          vote.options.map((o) => [o.id, { raw: count.raw.get(o.id) ?? 0, share: shareOf(count, o.id) }]),
        ),
    consent: hasOptions ? null : count.consent,
  };
}

/** The option's combined score under the rule, 0..1. Partners never take part. */
function combinedScore(rule: TallyVote['rule'], optionId: string, bew: GroupCount, amb: GroupCount): number {
  switch (rule) {
    case 'meerderheid':
      // Pooling raw numbers and divisors makes every member weigh the same, whatever their group.
      return ratio((bew.raw.get(optionId) ?? 0) + (amb.raw.get(optionId) ?? 0), bew.divisor + amb.divisor);
    case 'gelijk_gewicht':
      return 0.5 * shareOf(bew, optionId) + 0.5 * shareOf(amb, optionId);
    case 'dubbele_meerderheid':
      // The weaker group's share: above a threshold only when both groups are.
      return Math.min(shareOf(bew, optionId), shareOf(amb, optionId));
    case 'consent':
      return 0;
  }
}

function statusOf(vote: TallyVote, bew: GroupCount, amb: GroupCount): TallyStatus {
  if (bew.counted + amb.counted === 0) return 'no_votes';
  // Quorum is about turnout, so abstentions count towards it.
  if (bew.voters < vote.quorum.bewoners || amb.voters < vote.quorum.ambtenaren) return 'quorum_not_met';
  const parity = vote.rule === 'gelijk_gewicht' || vote.rule === 'dubbele_meerderheid';
  // A parity rule would otherwise let one group decide alone with a share of 0 for the other.
  if (parity && (bew.counted === 0 || amb.counted === 0)) return 'group_without_votes';
  return 'valid';
}

/** The option ahead of all others by share within one group, or null when the lead is shared. */
function uniqueTopOf(vote: TallyVote, count: GroupCount): string | null {
  let top: string | null = null;
  let best = 0;
  for (const o of vote.options) {
    const share = shareOf(count, o.id);
    if (share > best) {
      top = o.id;
      best = share;
    } else if (share === best) {
      top = null;
    }
  }
  return top;
}

/** Counts a vote's ballots into figures per group and an outcome under the vote's rule. */
export function tally(vote: TallyVote, ballots: readonly CountedBallot[]): Tally {
  const method = methodOf(vote.method);
  // settingsProblem rejects this pairing on creation; a mismatch here has no meaningful count.
  if (!method.rules.includes(vote.rule)) {
    throw new Error(`tally: the ${vote.rule} rule does not go with the ${vote.method} method`);
  }
  const inGroup = (group: VotingGroup) => ballots.filter((b) => b.group === group);
  const bew = countGroup(vote, inGroup('bewoners'));
  const amb = countGroup(vote, inGroup('ambtenaren'));
  // Partner ballots are left out entirely (not even checked) unless partners were invited to advise.
  const partners = groupTakesPart(vote, 'partners') ? countGroup(vote, inGroup('partners')) : null;

  const options = method.options ? vote.options : [];
  // Array.prototype.sort is stable, so equal scores keep the option order.
  const ranking = options
    .map((o) => ({ optionId: o.id, score: combinedScore(vote.rule, o.id, bew, amb) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranking;
  const tie = first !== undefined && second !== undefined && first.score === second.score;

  const status = statusOf(vote, bew, amb);
  const valid = status === 'valid';
  const parity: Record<ParityGroup, GroupCount> = { bewoners: bew, ambtenaren: amb };
  const firstIn = (group: ParityGroup) => uniqueTopOf(vote, parity[group]);
  const winners = valid ? method.winners({ rule: vote.rule, ranking, tie, firstIn }) : [];
  // Partners' objections are shown but advisory, so only the parity groups can block consent.
  const passed =
    method.outcome === 'consent'
      ? valid && bew.consent.bezwaar + amb.consent.bezwaar === 0 && bew.counted + amb.counted > 0
      : winners.length > 0;

  return {
    method: vote.method,
    rule: vote.rule,
    groups: {
      bewoners: figuresOf(vote, bew),
      ambtenaren: figuresOf(vote, amb),
      partners: partners === null ? null : figuresOf(vote, partners),
    },
    status,
    ranking,
    winners,
    tie,
    passed,
  };
}
