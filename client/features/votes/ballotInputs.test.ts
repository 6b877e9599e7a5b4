import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ballotProblem, VOTE_METHODS } from '../../../shared/schemas/vote';
import type { MethodBallot } from '../../../shared/voting/methods';
import { BALLOT_INPUTS, ballotInput } from './ballotInputs';

const t = ((key: string) => key) as unknown as TFunction;
const label = (id: string) => `«${id}»`;
const vote = {
  method: 'single' as const,
  maxChoices: 2,
  dots: 3,
  options: [
    { id: 'o1', label: 'A' },
    { id: 'o2', label: 'B' },
  ],
};

describe('the ballot inputs', () => {
  it('have one entry per method', () => {
    expect(Object.keys(BALLOT_INPUTS).sort()).toEqual([...VOTE_METHODS].sort());
  });

  it('start from the ballot cast before, or from nothing (score and dots: an empty ballot to fill in)', () => {
    expect(ballotInput('single').start(null)).toBeNull();
    expect(ballotInput('score').start(null)).toEqual({ kind: 'score', scores: {} });
    expect(ballotInput('dots').start(null)).toEqual({ kind: 'dots', dots: {} });
    const cast: MethodBallot = { kind: 'multiple', optionIds: ['o2'] };
    expect(ballotInput('multiple').start(cast)).toBe(cast);
  });

  it('trim an objection and ask for its reason before the server does', () => {
    const consent = ballotInput('consent');
    expect(consent.finish({ kind: 'consent', choice: 'bezwaar', reason: '  ' })).toEqual({
      kind: 'consent',
      choice: 'bezwaar',
    });
    expect(consent.missing({ kind: 'consent', choice: 'bezwaar' })).toBe('votes.ballot.reasonNeeded');
    expect(consent.finish({ kind: 'consent', choice: 'bezwaar', reason: ' te duur ' })).toMatchObject({
      reason: 'te duur',
    });
  });

  it('explain in their own words what ballotProblem refuses for score and dots', () => {
    const empty = ballotInput('score').start(null);
    expect(empty && ballotProblem(empty, { ...vote, method: 'score' })).not.toBeNull();
    expect(ballotInput('score').invalidKey).toBe('votes.ballot.scoreAll');
    expect(ballotInput('dots').invalidKey).toBe('votes.ballot.placeDots');
  });

  it('say what a cast ballot chose', () => {
    const said = (b: MethodBallot) => ballotInput(b.kind).describe(b, label, t);
    expect(said({ kind: 'single', optionId: 'o1' })).toBe('«o1»');
    expect(said({ kind: 'multiple', optionIds: ['o1', 'o2'] })).toBe('«o1», «o2»');
    expect(said({ kind: 'score', scores: { o1: 0, o2: 4 } })).toBe('«o1»: 0 · «o2»: 4');
    expect(said({ kind: 'dots', dots: { o1: 0, o2: 2 } })).toBe('«o2»: 2');
    expect(said({ kind: 'consent', choice: 'bezwaar', reason: 'Te duur' })).toBe(
      'votes.consent.bezwaar: Te duur',
    );
  });
});
