import { type CountedBallot, VOTE_LIMITS, type Vote, type VotingGroup } from '../schemas/vote';
import type { GroupFigures, Tally } from './result';

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
type RankedOption = Tally['ranking'][number];

/** Strictly more than half: exactly half is not a majority. */
const MAJORITY = 0.5;

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
  /** What raw is divided by to get a share (see shareDivisor). */
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
  let dotsPlaced = 0;

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
    switch (ballot.kind) {
      case 'consent':
        consent[ballot.choice] += 1;
        if (ballot.choice === 'bezwaar') consent.objections.push(ballot.reason ?? '');
        break;
      case 'single':
        add(ballot.optionId, 1);
        break;
      case 'multiple':
        for (const id of ballot.optionIds) add(id, 1);
        break;
      case 'score':
        for (const o of vote.options) add(o.id, ballot.scores[o.id] ?? 0);
        break;
      case 'dots':
        for (const [id, dots] of Object.entries(ballot.dots)) dotsPlaced += add(id, dots);
        break;
    }
  }

  const counted = ballots.length - abstained;
  return {
    voters: ballots.length,
    abstained,
    proxies,
    counted,
    raw,
    divisor: shareDivisor(vote.method, counted, dotsPlaced),
    consent,
  };
}

/**
 * single/multiple: a share of the counted voters; score: of the highest total those voters could
 * have given; dots: of the dots actually placed (a member may keep some back).
 */
function shareDivisor(method: TallyVote['method'], counted: number, dotsPlaced: number): number {
  if (method === 'score') return counted * VOTE_LIMITS.scoreMax;
  if (method === 'dots') return dotsPlaced;
  return counted;
}

function shareOf(count: GroupCount, optionId: string): number {
  return ratio(count.raw.get(optionId) ?? 0, count.divisor);
}

function figuresOf(vote: TallyVote, count: GroupCount): GroupFigures {
  const isConsent = vote.method === 'consent';
  return {
    voters: count.voters,
    abstained: count.abstained,
    proxies: count.proxies,
    options: isConsent
      ? {}
      : Object.fromEntries(
          vote.options.map((o) => [o.id, { raw: count.raw.get(o.id) ?? 0, share: shareOf(count, o.id) }]),
        ),
    consent: isConsent ? count.consent : null,
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

function winnersOf(
  vote: TallyVote,
  ranking: readonly RankedOption[],
  tie: boolean,
  bew: GroupCount,
  amb: GroupCount,
): string[] {
  const top = ranking[0];
  // For dubbele_meerderheid the score is the smaller share, so "score > 0.5" is exactly
  // "more than half in both groups"; one test serves all three rules.
  switch (vote.method) {
    case 'consent':
      return [];
    case 'single':
      return top !== undefined && !tie && top.score > MAJORITY ? [top.optionId] : [];
    case 'multiple':
      return ranking.filter((r) => r.score > MAJORITY).map((r) => r.optionId);
    case 'score':
    case 'dots': {
      if (vote.rule === 'dubbele_meerderheid') {
        // Each group must put the same option clearly first; a good minimum alone is not enough.
        const first = uniqueTopOf(vote, bew);
        return first !== null && first === uniqueTopOf(vote, amb) ? [first] : [];
      }
      return top !== undefined && !tie && top.score > 0 ? [top.optionId] : [];
    }
  }
}

/** Counts a vote's ballots into figures per group and an outcome under the vote's rule. */
export function tally(vote: TallyVote, ballots: readonly CountedBallot[]): Tally {
  // settingsProblem rejects this pairing on creation; a mismatch here has no meaningful count.
  if ((vote.method === 'consent') !== (vote.rule === 'consent')) {
    throw new Error(`tally: the ${vote.rule} rule does not go with the ${vote.method} method`);
  }
  const inGroup = (group: VotingGroup) => ballots.filter((b) => b.group === group);
  const bew = countGroup(vote, inGroup('bewoners'));
  const amb = countGroup(vote, inGroup('ambtenaren'));
  // Partner ballots are left out entirely (not even checked) unless partners were invited to advise.
  const partners = vote.partnersAdvise ? countGroup(vote, inGroup('partners')) : null;

  const options = vote.method === 'consent' ? [] : vote.options;
  // Array.prototype.sort is stable, so equal scores keep the option order.
  const ranking = options
    .map((o) => ({ optionId: o.id, score: combinedScore(vote.rule, o.id, bew, amb) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranking;
  const tie = first !== undefined && second !== undefined && first.score === second.score;

  const status = statusOf(vote, bew, amb);
  const valid = status === 'valid';
  const winners = valid ? winnersOf(vote, ranking, tie, bew, amb) : [];
  // Partners' objections are shown but advisory, so only the parity groups can block consent.
  const passed =
    vote.method === 'consent'
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
