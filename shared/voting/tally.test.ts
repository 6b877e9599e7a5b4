import { describe, expect, it } from 'vitest';
import {
  type Ballot,
  ballotProblem,
  ballotSchema,
  type ConsentChoice,
  type CountedBallot,
  type CountingRule,
  type VoteMethod,
  type VotingGroup,
} from '../schemas/vote';
import { type Tally, tallySchema } from './result';
import { type TallyVote, tally } from './tally';

const B: VotingGroup = 'bewoners';
const A: VotingGroup = 'ambtenaren';
const P: VotingGroup = 'partners';
const OPTION_RULES = ['meerderheid', 'gelijk_gewicht', 'dubbele_meerderheid'] as const;

function vote(method: VoteMethod, rule: CountingRule, extra: Partial<TallyVote> = {}): TallyVote {
  return {
    method,
    rule,
    options: method === 'consent' ? [] : ['o1', 'o2', 'o3'].map((id) => ({ id, label: `Optie ${id}` })),
    maxChoices: method === 'multiple' ? 2 : null,
    dots: method === 'dots' ? 5 : null,
    partnersAdvise: false,
    quorum: { bewoners: 0, ambtenaren: 0 },
    ...extra,
  };
}

const cb = (group: VotingGroup, ballot: Ballot, proxy = false): CountedBallot => ({ group, ballot, proxy });
const abstain = (g: VotingGroup) => cb(g, { kind: 'abstain' });
const single = (g: VotingGroup, optionId: string, proxy = false) =>
  cb(g, { kind: 'single', optionId }, proxy);
const singles = (g: VotingGroup, ...ids: string[]) => ids.map((id) => single(g, id));
const multiple = (g: VotingGroup, ...optionIds: string[]) => cb(g, { kind: 'multiple', optionIds });
const score = (g: VotingGroup, o1: number, o2: number, o3: number) =>
  cb(g, { kind: 'score', scores: { o1, o2, o3 } });
const dots = (g: VotingGroup, placed: Record<string, number>) => cb(g, { kind: 'dots', dots: placed });
const consent = (g: VotingGroup, choice: ConsentChoice, reason?: string) =>
  cb(g, reason === undefined ? { kind: 'consent', choice } : { kind: 'consent', choice, reason });
const consents = (g: VotingGroup, ...choices: ConsentChoice[]) => choices.map((c) => consent(g, c));
const times = (n: number, b: CountedBallot) => Array.from({ length: n }, () => b);

/** Counts valid ballots only (as the server would store them) and checks the result's shape. */
function count(v: TallyVote, ballots: readonly CountedBallot[]): Tally {
  for (const b of ballots) {
    expect(ballotSchema.safeParse(b.ballot).success).toBe(true);
    expect(ballotProblem(b.ballot, v)).toBeNull();
  }
  const t = tally(v, ballots);
  expect(tallySchema.parse(t)).toEqual(t);
  return t;
}

/** Ranking order, each score (to float precision) and the outcome. */
function expectOutcome(t: Tally, scores: Record<string, number>, winners: string[]) {
  expect(t.ranking.map((r) => r.optionId)).toEqual(Object.keys(scores));
  for (const r of t.ranking) expect(r.score).toBeCloseTo(scores[r.optionId] ?? Number.NaN, 12);
  expect(t.status).toBe('valid');
  expect(t.winners).toEqual(winners);
  expect(t.passed).toBe(winners.length > 0);
}

type Case = [CountingRule, Record<string, number>, string[]];

describe('single choice', () => {
  // bewoners: o1 2/3, o2 1/3; ambtenaren: o1 1/2, o2 1/2
  const ballots = [...singles(B, 'o1', 'o1', 'o2'), ...singles(A, 'o2', 'o1')];
  it.each<Case>([
    ['meerderheid', { o1: 3 / 5, o2: 2 / 5, o3: 0 }, ['o1']],
    ['gelijk_gewicht', { o1: 7 / 12, o2: 5 / 12, o3: 0 }, ['o1']],
    // exactly half among ambtenaren is no majority there
    ['dubbele_meerderheid', { o1: 1 / 2, o2: 1 / 3, o3: 0 }, []],
  ])('%s', (rule, scores, winners) => {
    const t = count(vote('single', rule), ballots);
    expectOutcome(t, scores, winners);
    expect(t.groups.bewoners.options.o1).toEqual({ raw: 2, share: 2 / 3 });
    expect(t.groups.ambtenaren.options.o3).toEqual({ raw: 0, share: 0 });
    expect(t.groups.bewoners.consent).toBeNull();
    expect(t.tie).toBe(false);
  });

  it('leaves abstentions out of the shares', () => {
    const ballots = [single(B, 'o1'), abstain(B), abstain(B), ...singles(A, 'o2', 'o1')];
    const t = count(vote('single', 'meerderheid'), ballots);
    const bewoners = { voters: 3, abstained: 2, options: { o1: { raw: 1, share: 1 } } };
    expect(t.groups.bewoners).toMatchObject(bewoners);
    expectOutcome(t, { o1: 2 / 3, o2: 1 / 3, o3: 0 }, ['o1']);
  });
});

describe('headline: 10 bewoners against 2 ambtenaren with opposite preferences', () => {
  const ballots = [...times(10, single(B, 'o1')), ...times(2, single(A, 'o2'))];
  it.each<Case>([
    ['meerderheid', { o1: 10 / 12, o2: 2 / 12, o3: 0 }, ['o1']],
    ['gelijk_gewicht', { o1: 0.5, o2: 0.5, o3: 0 }, []],
    ['dubbele_meerderheid', { o1: 0, o2: 0, o3: 0 }, []],
  ])('%s', (rule, scores, winners) => expectOutcome(count(vote('single', rule), ballots), scores, winners));

  // With 3 of the 10 bewoners siding with the ambtenaren, equal weight turns the outcome around.
  const split = [...times(7, single(B, 'o1')), ...times(3, single(B, 'o2')), ...times(2, single(A, 'o2'))];
  it.each<Case>([
    ['meerderheid', { o1: 7 / 12, o2: 5 / 12, o3: 0 }, ['o1']],
    ['gelijk_gewicht', { o2: 0.65, o1: 0.35, o3: 0 }, ['o2']],
    ['dubbele_meerderheid', { o2: 0.3, o1: 0, o3: 0 }, []],
  ])('%s, with a split among bewoners', (rule, scores, winners) =>
    expectOutcome(count(vote('single', rule), split), scores, winners),
  );

  it('scores the same way', () => {
    const s = [...times(10, score(B, 5, 0, 0)), ...times(2, score(A, 0, 5, 0))];
    expectOutcome(count(vote('score', 'meerderheid'), s), { o1: 50 / 60, o2: 10 / 60, o3: 0 }, ['o1']);
    expectOutcome(count(vote('score', 'gelijk_gewicht'), s), { o1: 0.5, o2: 0.5, o3: 0 }, []);
    expectOutcome(count(vote('score', 'dubbele_meerderheid'), s), { o1: 0, o2: 0, o3: 0 }, []);
  });
});

describe('multiple choice (at most 2)', () => {
  // bewoners: o1 2/3, o2 2/3, o3 1/3; ambtenaren: o1 1/2, o2 0, o3 1/2
  const ballots = [multiple(B, 'o1', 'o2'), multiple(B, 'o1'), multiple(B, 'o2', 'o3')];
  ballots.push(multiple(A, 'o1'), multiple(A, 'o3'));
  it.each<Case>([
    ['meerderheid', { o1: 3 / 5, o2: 2 / 5, o3: 2 / 5 }, ['o1']],
    ['gelijk_gewicht', { o1: 7 / 12, o3: 5 / 12, o2: 1 / 3 }, ['o1']],
    ['dubbele_meerderheid', { o1: 1 / 2, o3: 1 / 3, o2: 0 }, []],
  ])('%s', (rule, scores, winners) => {
    const t = count(vote('multiple', rule), ballots);
    expectOutcome(t, scores, winners);
    expect(t.groups.bewoners.options.o2).toEqual({ raw: 2, share: 2 / 3 });
  });

  // bewoners: o1 1, o2 1; ambtenaren: o1 1/2, o2 1
  const several = [...times(2, multiple(B, 'o1', 'o2')), multiple(A, 'o1', 'o2'), multiple(A, 'o2')];
  it.each<Case>([
    ['meerderheid', { o2: 1, o1: 3 / 4, o3: 0 }, ['o2', 'o1']],
    ['gelijk_gewicht', { o2: 1, o1: 3 / 4, o3: 0 }, ['o2', 'o1']],
    ['dubbele_meerderheid', { o2: 1, o1: 1 / 2, o3: 0 }, ['o2']],
  ])('adopts every option above half, in ranking order (%s)', (rule, scores, winners) =>
    expectOutcome(count(vote('multiple', rule), several), scores, winners),
  );
});

describe('score 0–5', () => {
  // bewoners: o1 9/10, o2 7/10, o3 1/10; ambtenaren: o1 1/5, o2 5/5, o3 2/5
  const ballots = [score(B, 5, 3, 0), score(B, 4, 4, 1), score(A, 1, 5, 2)];
  it.each<Case>([
    ['meerderheid', { o2: 12 / 15, o1: 10 / 15, o3: 3 / 15 }, ['o2']],
    ['gelijk_gewicht', { o2: 0.85, o1: 0.55, o3: 0.25 }, ['o2']],
    // o2 has the best minimum, but bewoners put o1 first: no double majority
    ['dubbele_meerderheid', { o2: 0.7, o1: 0.2, o3: 0.1 }, []],
  ])('%s', (rule, scores, winners) => {
    const t = count(vote('score', rule), ballots);
    expectOutcome(t, scores, winners);
    expect(t.groups.bewoners.options.o1).toEqual({ raw: 9, share: 0.9 });
    expect(t.groups.ambtenaren.options.o2).toEqual({ raw: 5, share: 1 });
  });

  it('gives a double majority when both groups put the same option first', () => {
    const t = count(vote('score', 'dubbele_meerderheid'), [score(B, 5, 3, 0), score(A, 4, 2, 1)]);
    expectOutcome(t, { o1: 0.8, o2: 0.4, o3: 0 }, ['o1']);
  });
});

describe('dots (5 each)', () => {
  // bewoners placed 10: o1 8/10, o2 2/10; ambtenaren placed 5: o2 4/5, o3 1/5
  const ballots = [dots(B, { o1: 3, o2: 2 }), dots(B, { o1: 5 }), dots(A, { o2: 4, o3: 1 })];
  it.each<Case>([
    ['meerderheid', { o1: 8 / 15, o2: 6 / 15, o3: 1 / 15 }, ['o1']],
    ['gelijk_gewicht', { o2: 0.5, o1: 0.4, o3: 0.1 }, ['o2']],
    ['dubbele_meerderheid', { o2: 0.2, o1: 0, o3: 0 }, []],
  ])('%s', (rule, scores, winners) => {
    const t = count(vote('dots', rule), ballots);
    expectOutcome(t, scores, winners);
    expect(t.groups.bewoners.options.o1).toEqual({ raw: 8, share: 0.8 });
  });

  it('divides by the dots actually placed', () => {
    const t = count(vote('dots', 'meerderheid'), [dots(B, { o2: 1 }), dots(A, { o3: 1, o1: 0 })]);
    expect(t.groups.bewoners.options.o2).toEqual({ raw: 1, share: 1 });
    expectOutcome(t, { o2: 0.5, o3: 0.5, o1: 0 }, []);
    expect(t.tie).toBe(true);
  });

  it('gives a double majority when both groups put the same option first', () => {
    const ballots = [dots(B, { o1: 3, o2: 2 }), dots(A, { o1: 4, o3: 1 })];
    const t = count(vote('dots', 'dubbele_meerderheid'), ballots);
    expectOutcome(t, { o1: 0.6, o2: 0, o3: 0 }, ['o1']);
  });
});

describe.each([
  ['single', [...singles(B, 'o1', 'o2'), ...singles(A, 'o2', 'o1')], 0.5],
  ['score', [score(B, 3, 3, 0), score(A, 3, 3, 0), abstain(A)], 0.6],
  ['dots', [dots(B, { o1: 2, o2: 2 }), dots(A, { o1: 1, o2: 1 })], 0.5],
] as const)('a tie in %s', (method, ballots, top) => {
  it.each(OPTION_RULES)('has no winner (%s)', (rule) => {
    const t = count(vote(method, rule), ballots);
    expect(t.ranking.slice(0, 2).map((r) => [r.optionId, r.score])).toEqual([
      ['o1', top],
      ['o2', top],
    ]);
    expect(t).toMatchObject({ status: 'valid', tie: true, winners: [], passed: false });
  });
});

describe('consent', () => {
  const v = vote('consent', 'consent', { partnersAdvise: true });

  it('passes when nobody objects; onthouden is a choice, not an abstention', () => {
    const t = count(v, [...consents(B, 'instemmen', 'onthouden'), abstain(B), consent(A, 'instemmen')]);
    expect(t.groups.bewoners).toEqual({
      voters: 3,
      abstained: 1,
      proxies: 0,
      options: {},
      consent: { instemmen: 1, onthouden: 1, bezwaar: 0, objections: [] },
    });
    expect(t).toMatchObject({ status: 'valid', ranking: [], winners: [], tie: false, passed: true });
  });

  it('is blocked by an objection, with the reasons in ballot order', () => {
    const ballots = [consent(A, 'bezwaar', 'Te duur'), consent(B, 'instemmen')];
    const t = count(v, [...ballots, consent(A, 'bezwaar', 'Geen draagvlak')]);
    const objections = ['Te duur', 'Geen draagvlak'];
    expect(t.groups.ambtenaren.consent).toMatchObject({ bezwaar: 2, objections });
    expect(t.passed).toBe(false);
  });

  it("shows partners' objections without letting them block", () => {
    const t = count(v, [consent(B, 'instemmen'), consent(A, 'instemmen'), consent(P, 'bezwaar', 'Overlast')]);
    expect(t.groups.partners?.consent?.objections).toEqual(['Overlast']);
    expect(t.passed).toBe(true);
  });

  it('needs a consent ballot; one group is enough under the consent rule', () => {
    const onlyPartners = count(v, [abstain(B), abstain(A), consent(P, 'instemmen')]);
    expect(onlyPartners).toMatchObject({ status: 'no_votes', passed: false });
    expect(count(v, [consent(B, 'instemmen')])).toMatchObject({ status: 'valid', passed: true });
  });

  it('fails when the quorum is not met, even without objections', () => {
    const t = count({ ...v, quorum: { bewoners: 2, ambtenaren: 0 } }, [consent(B, 'instemmen')]);
    expect(t).toMatchObject({ status: 'quorum_not_met', passed: false });
  });
});

describe('status', () => {
  const ballots = [...singles(B, 'o1', 'o1'), single(A, 'o2')];

  it('is no_votes without counted ballots, before any quorum', () => {
    const v = vote('single', 'meerderheid', { quorum: { bewoners: 5, ambtenaren: 5 } });
    expect(count(v, []).status).toBe('no_votes');
    const t = count(v, [abstain(B), abstain(A)]);
    expect(t).toMatchObject({ status: 'no_votes', winners: [], passed: false });
    expect(t.groups.bewoners).toMatchObject({ voters: 1, abstained: 1 });
    expect(t.ranking).toEqual(['o1', 'o2', 'o3'].map((optionId) => ({ optionId, score: 0 })));
  });

  it.each([
    [{ bewoners: 3, ambtenaren: 0 }, 'quorum_not_met'],
    [{ bewoners: 0, ambtenaren: 2 }, 'quorum_not_met'],
    [{ bewoners: 2, ambtenaren: 1 }, 'valid'],
  ] as const)('checks the quorum %o per group', (quorum, status) => {
    const t = count(vote('single', 'meerderheid', { quorum }), ballots);
    expect(t.status).toBe(status);
    expect(t.winners).toEqual(status === 'valid' ? ['o1'] : []);
    expect(t.ranking[0]).toEqual({ optionId: 'o1', score: 2 / 3 });
  });

  it('counts abstentions towards the quorum', () => {
    const quorum = { bewoners: 3, ambtenaren: 2 };
    const t = count(vote('single', 'meerderheid', { quorum }), [...ballots, abstain(B), abstain(A)]);
    expect(t.status).toBe('valid');
  });

  it('needs counted ballots in both groups under a parity rule, not under meerderheid', () => {
    const onlyB = [...singles(B, 'o1', 'o1'), abstain(A)];
    for (const rule of ['gelijk_gewicht', 'dubbele_meerderheid'] as const) {
      const t = count(vote('single', rule), onlyB);
      expect(t).toMatchObject({ status: 'group_without_votes', winners: [], passed: false });
      expect(t.groups.ambtenaren).toMatchObject({ voters: 1, abstained: 1, options: { o1: { share: 0 } } });
    }
    expectOutcome(count(vote('single', 'meerderheid'), onlyB), { o1: 1, o2: 0, o3: 0 }, ['o1']);
  });
});

describe('proxies and partners', () => {
  it('counts proxy ballots like any other', () => {
    const direct = [single(B, 'o1'), single(B, 'o2'), single(A, 'o1')];
    const proxied = [single(B, 'o1', true), single(B, 'o2'), single(A, 'o1', true)];
    const t = count(vote('single', 'gelijk_gewicht'), proxied);
    expect([t.groups.bewoners.proxies, t.groups.ambtenaren.proxies]).toEqual([1, 1]);
    expect(t.ranking).toEqual(count(vote('single', 'gelijk_gewicht'), direct).ranking);
    expectOutcome(t, { o1: 0.75, o2: 0.25, o3: 0 }, ['o1']);
  });

  it.each(OPTION_RULES)('shows partner figures without changing the outcome (%s)', (rule) => {
    const parity = [...singles(B, 'o1', 'o1'), ...singles(A, 'o1', 'o3')];
    const withPartners = [...parity, ...times(5, single(P, 'o2', true))];
    const alone = count(vote('single', rule), parity);
    const advised = count(vote('single', rule, { partnersAdvise: true }), withPartners);
    const partnerFigures = { voters: 5, proxies: 5, options: { o2: { raw: 5, share: 1 } } };
    expect(advised.groups.partners).toMatchObject(partnerFigures);
    expect({ ...advised, groups: null }).toEqual({ ...alone, groups: null });
    // Without partnersAdvise the partner ballots are left out altogether.
    expect(count(vote('single', rule), withPartners)).toEqual(alone);
    expect(alone.groups.partners).toBeNull();
  });
});

it('throws on programming errors: a ballot of another method, a rule that does not fit the method', () => {
  expect(() => tally(vote('score', 'meerderheid'), [single(B, 'o1')])).toThrow(/single ballot in a score/);
  expect(() => tally(vote('consent', 'meerderheid'), [])).toThrow(/does not go with/);
  expect(() => tally(vote('single', 'consent'), [])).toThrow(/does not go with/);
});
