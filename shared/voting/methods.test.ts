import { describe, expect, it } from 'vitest';
import { ballotSchema, settingsProblem, VOTE_LIMITS } from '../schemas/vote';
import { optionFigure } from './figures';
import {
  type BallotOf,
  methodOf,
  VOTE_METHOD_TABLE,
  VOTE_METHODS,
  type VoteMethod,
  type VoteMethodSpec,
} from './methods';

/** One ballot per method that fits a two-option vote with maxChoices 1 and 3 dots. */
const SAMPLE: { [M in VoteMethod]: BallotOf<M> } = {
  consent: { kind: 'consent', choice: 'instemmen' },
  single: { kind: 'single', optionId: 'o1' },
  multiple: { kind: 'multiple', optionIds: ['o2'] },
  score: { kind: 'score', scores: { o1: 2, o2: VOTE_LIMITS.scoreMax } },
  dots: { kind: 'dots', dots: { o1: 2, o2: 1 } },
};

describe('the vote method table', () => {
  it('has exactly one entry per method, whose ballot carries the method as its kind', () => {
    expect(Object.keys(VOTE_METHOD_TABLE).sort()).toEqual([...VOTE_METHODS].sort());
    for (const m of VOTE_METHODS) {
      expect(VOTE_METHOD_TABLE[m].ballot.parse(SAMPLE[m])).toMatchObject({ kind: m });
      expect(ballotSchema.parse(SAMPLE[m])).toMatchObject({ kind: m });
    }
    expect(ballotSchema.parse({ kind: 'abstain' })).toEqual({ kind: 'abstain' });
  });

  it('the compiler refuses a table that lacks a method', () => {
    const { dots: _left, ...fourOfFive } = VOTE_METHOD_TABLE;
    // @ts-expect-error: dots is missing, which is what `satisfies` on the table catches.
    const incomplete: { [M in VoteMethod]: VoteMethodSpec<{ kind: M }> } = fourOfFive;
    expect(Object.keys(incomplete)).toHaveLength(VOTE_METHODS.length - 1);
  });

  it('gives every method at least one counting rule, and a setup that passes settingsProblem', () => {
    for (const m of VOTE_METHODS) {
      const spec = methodOf(m);
      expect(spec.rules.length).toBeGreaterThan(0);
      const setup = {
        method: m,
        rule: spec.rules[0] ?? 'meerderheid',
        maxChoices: spec.maxChoices ? 1 : null,
        dots: spec.dots ? 3 : null,
        secret: false,
        results: 'live' as const,
      };
      expect(settingsProblem(setup, spec.options ? 2 : 0)).toBeNull();
      // Setting what the method does not take is refused.
      if (!spec.maxChoices) expect(settingsProblem({ ...setup, maxChoices: 1 }, 2)?.path).toBe('maxChoices');
      if (!spec.dots) expect(settingsProblem({ ...setup, dots: 3 }, 2)?.path).toBe('dots');
    }
  });

  it('keeps the consent rule with the consent method only', () => {
    for (const m of VOTE_METHODS) expect(methodOf(m).rules.includes('consent')).toBe(m === 'consent');
  });

  it('shows the mean score on the score limit (not a fixed 5): share × scale', () => {
    // Two counted voters gave 7 together: 7 of 2 × scoreMax, a mean of 3.5.
    const share = 7 / (2 * VOTE_LIMITS.scoreMax);
    expect(optionFigure('score', { raw: 7, share })).toEqual({ key: 'meanScore', mean: 3.5, share });
    expect(optionFigure('dots', { raw: 3, share: 0.5 })).toEqual({ key: 'dots', raw: 3, share: 0.5 });
    expect(optionFigure('single', undefined)).toEqual({ key: 'votes', raw: 0, share: 0 });
  });
});
