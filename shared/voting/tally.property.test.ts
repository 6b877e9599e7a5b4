import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Ballot,
  ballotProblem,
  ballotSchema,
  CONSENT_CHOICES,
  type CountedBallot,
  type CountingRule,
  PARITY_GROUPS,
  VOTE_LIMITS,
  type VoteMethod,
  type VotingGroup,
} from '../schemas/vote';
import { type GroupFigures, type Tally, tallySchema } from './result';
import { type TallyVote, tally } from './tally';

// Enough cases to hit ties, empty groups and abstentions, few enough to keep the unit suite fast.
const RUNS = { numRuns: 150 };
const OPTION_METHODS = ['single', 'multiple', 'score', 'dots'] as const;
const OPTION_RULES = ['meerderheid', 'gelijk_gewicht', 'dubbele_meerderheid'] as const;

/** A vote whose settings fit together (as settingsProblem demands); quorum 0 unless a test adds one. */
function voteArb(methods: readonly VoteMethod[], rules: readonly CountingRule[]): fc.Arbitrary<TallyVote> {
  return fc
    .record({
      method: fc.constantFrom(...methods),
      rule: fc.constantFrom(...rules),
      optionCount: fc.integer({ min: 2, max: 5 }),
      choices: fc.integer({ min: 1, max: 5 }),
      dots: fc.integer({ min: 1, max: VOTE_LIMITS.dotsMax }),
      partnersAdvise: fc.boolean(),
    })
    .map(({ method, rule, optionCount, choices, dots, partnersAdvise }) => ({
      method,
      // The consent rule goes with the consent method only.
      rule: method === 'consent' ? 'consent' : rule === 'consent' ? 'meerderheid' : rule,
      options:
        method === 'consent'
          ? []
          : Array.from({ length: optionCount }, (_, i) => ({ id: `o${i + 1}`, label: `Optie ${i + 1}` })),
      maxChoices: method === 'multiple' ? Math.min(choices, optionCount) : null,
      dots: method === 'dots' ? dots : null,
      partnersAdvise,
      quorum: { bewoners: 0, ambtenaren: 0 },
    }));
}

function castArb(vote: TallyVote): fc.Arbitrary<Ballot> {
  const ids = vote.options.map((o) => o.id);
  const perOption = (max: number) =>
    fc.array(fc.integer({ min: 0, max }), { minLength: ids.length, maxLength: ids.length });
  const byOption = (values: number[]) => Object.fromEntries(ids.map((id, i) => [id, values[i] ?? 0]));
  switch (vote.method) {
    case 'consent':
      return fc
        .tuple(fc.constantFrom(...CONSENT_CHOICES), fc.constantFrom('Te duur', 'Geen draagvlak', 'Overlast'))
        .map(([choice, reason]) =>
          choice === 'bezwaar' ? { kind: 'consent', choice, reason } : { kind: 'consent', choice },
        );
    case 'single':
      return fc.constantFrom(...ids).map((optionId) => ({ kind: 'single', optionId }));
    case 'multiple':
      return fc
        .shuffledSubarray(ids, { minLength: 1, maxLength: vote.maxChoices ?? 1 })
        .map((optionIds) => ({ kind: 'multiple', optionIds }));
    case 'score':
      return perOption(VOTE_LIMITS.scoreMax).map((scores) => ({ kind: 'score', scores: byOption(scores) }));
    case 'dots':
      // Each dot lands on an option: at least one, at most the member's budget.
      return fc
        .array(fc.nat({ max: ids.length - 1 }), { minLength: 1, maxLength: vote.dots ?? 1 })
        .map((placed) => ({
          kind: 'dots',
          dots: byOption(ids.map((_, i) => placed.filter((p) => p === i).length)),
        }));
  }
}

/** Ballots the server would accept for this vote; the filter guards the generators themselves. */
function ballotsArb(vote: TallyVote, groups: readonly VotingGroup[]): fc.Arbitrary<CountedBallot[]> {
  const ballot = fc
    .oneof(
      { arbitrary: castArb(vote), weight: 4 },
      { arbitrary: fc.constant<Ballot>({ kind: 'abstain' }), weight: 1 },
    )
    .filter((b) => ballotSchema.safeParse(b).success && ballotProblem(b, vote) === null);
  const counted = fc.record({ group: fc.constantFrom(...groups), ballot, proxy: fc.boolean() });
  return fc.array(counted, { maxLength: 30 });
}

const scenario = (
  methods: readonly VoteMethod[],
  rules: readonly CountingRule[],
  groups: readonly VotingGroup[] = ['bewoners', 'ambtenaren', 'partners'],
) => voteArb(methods, rules).chain((vote) => ballotsArb(vote, groups).map((ballots) => ({ vote, ballots })));

const outcome = (t: Tally) => ({
  ranking: t.ranking,
  winners: t.winners,
  passed: t.passed,
  status: t.status,
  tie: t.tie,
});

describe('tally properties', () => {
  it.each(['gelijk_gewicht', 'dubbele_meerderheid'] as const)(
    '%s: a group turning out k times as strongly changes nothing',
    (rule) => {
      const input = fc.tuple(
        scenario(OPTION_METHODS, [rule]),
        fc.constantFrom(...PARITY_GROUPS),
        fc.integer({ min: 2, max: 5 }),
      );
      fc.assert(
        fc.property(input, ([{ vote, ballots }, group, k]) => {
          const repeated = ballots.flatMap((b) =>
            b.group === group ? Array.from({ length: k }, () => b) : [b],
          );
          // Shares are ratios of integers, so k·raw ÷ k·n is the very same float as raw ÷ n.
          expect(outcome(tally(vote, repeated))).toEqual(outcome(tally(vote, ballots)));
        }),
        RUNS,
      );
    },
  );

  it('meerderheid with one group voting gives exactly that group’s shares', () => {
    const input = fc
      .constantFrom(...PARITY_GROUPS)
      .chain((group) =>
        scenario(OPTION_METHODS, ['meerderheid'], [group, 'partners']).map((s) => ({ ...s, group })),
      );
    fc.assert(
      fc.property(input, ({ vote, ballots, group }) => {
        const t = tally(vote, ballots);
        for (const r of t.ranking) expect(r.score).toBe(t.groups[group].options[r.optionId]?.share);
      }),
      RUNS,
    );
  });

  it('keeps every score and share within [0, 1] and fits the Tally schema', () => {
    const input = fc.oneof(scenario(OPTION_METHODS, OPTION_RULES), scenario(['consent'], ['consent']));
    fc.assert(
      fc.property(input, ({ vote, ballots }) => {
        const t = tally(vote, ballots);
        expect(tallySchema.parse(t)).toEqual(t);
        const groups = [t.groups.bewoners, t.groups.ambtenaren, t.groups.partners];
        const shares = groups.flatMap((g) => Object.values(g?.options ?? {}).map((o) => o.share));
        for (const x of [...t.ranking.map((r) => r.score), ...shares]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the ballots', () => {
    const input = fc
      .oneof(scenario(OPTION_METHODS, OPTION_RULES), scenario(['consent'], ['consent']))
      .chain((s) =>
        fc
          .shuffledSubarray(s.ballots, { minLength: s.ballots.length, maxLength: s.ballots.length })
          .map((shuffled) => ({ ...s, shuffled })),
      );
    // Objections are listed in ballot order by design, so only their multiset must match.
    const sortObjections = (g: GroupFigures): GroupFigures =>
      g.consent ? { ...g, consent: { ...g.consent, objections: [...g.consent.objections].sort() } } : g;
    const normalised = ({ groups, ...rest }: Tally): Tally => ({
      ...rest,
      groups: {
        bewoners: sortObjections(groups.bewoners),
        ambtenaren: sortObjections(groups.ambtenaren),
        partners: groups.partners && sortObjections(groups.partners),
      },
    });
    fc.assert(
      fc.property(input, ({ vote, ballots, shuffled }) => {
        expect(normalised(tally(vote, shuffled))).toEqual(normalised(tally(vote, ballots)));
      }),
      RUNS,
    );
  });
});
