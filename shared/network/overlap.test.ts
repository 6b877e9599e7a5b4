import { describe, expect, it } from 'vitest';
import { detectOverlaps } from './overlap';
import type { OverlapInitiative } from './overlapInput';
import { periodProblem } from './period';

/** An initiative for ouderen in Vollenhove-Noord about gezond, all year 2027, without funding. */
function initiative(id: string, change: Partial<OverlapInitiative> = {}): OverlapInitiative {
  return {
    id,
    name: `Initiatief ${id}`,
    themes: ['gezond'],
    targetGroups: ['ouderen'],
    buurten: ['Vollenhove-Noord'],
    period: { start: '2027-01-01', end: '2027-12-31' },
    funding: [],
    status: 'gepland',
    ...change,
  };
}

const period = (start: string | null, end: string | null) => ({ period: { start, end } });
const funded = (...sources: string[]) => ({
  funding: sources.map((source) => ({ source, amount: null })),
  themes: [] as const,
});
const pairs = (...initiatives: OverlapInitiative[]) => detectOverlaps(initiatives);

describe('overlap detection: periods', () => {
  it('counts touching on the same day as overlap, one day apart as none', () => {
    const spring = initiative('a', period('2027-03-01', '2027-05-31'));
    expect(pairs(spring, initiative('b', period('2027-05-31', '2027-08-31')))).toEqual([
      {
        a: 'a',
        b: 'b',
        reasons: [
          {
            kind: 'audience',
            themes: ['gezond'],
            targetGroups: ['ouderen'],
            buurten: ['Vollenhove-Noord'],
            period: { start: '2027-05-31', end: '2027-05-31' },
          },
        ],
      },
    ]);
    expect(pairs(spring, initiative('b', period('2027-06-01', '2027-08-31')))).toEqual([]);
    expect(pairs(spring, initiative('b', period('2027-01-01', '2027-02-28')))).toEqual([]);
  });

  it('treats a missing start or end as open on that side', () => {
    const spring = initiative('a', period('2027-03-01', '2027-05-31'));
    const shared = (other: OverlapInitiative) => {
      const reason = pairs(spring, other)[0]?.reasons[0];
      return reason?.kind === 'audience' ? reason.period : null;
    };
    expect(shared(initiative('b', period(null, '2027-03-01')))).toEqual({
      start: '2027-03-01',
      end: '2027-03-01',
    });
    expect(shared(initiative('b', period('2027-05-31', null)))).toEqual({
      start: '2027-05-31',
      end: '2027-05-31',
    });
    expect(shared(initiative('b', period(null, null)))).toEqual({ start: '2027-03-01', end: '2027-05-31' });
    expect(shared(initiative('b', period(null, '2027-02-28')))).toBeNull();
    expect(shared(initiative('b', period('2027-06-01', null)))).toBeNull();
    const open = pairs(initiative('a', period(null, null)), initiative('b', period('2030-01-01', null)));
    expect(open[0]?.reasons[0]).toMatchObject({ period: { start: '2030-01-01', end: null } });
  });

  it('treats an end before the start, or a day that does not exist, as an unknown period (open)', () => {
    const backwards = period('2027-06-01', '2027-03-01').period;
    expect(periodProblem(backwards)).toBe('end_before_start');
    expect(periodProblem({ start: '2027-02-30', end: null })).toBe('invalid_date');
    expect(periodProblem({ start: '1 maart', end: null })).toBe('invalid_date');
    expect(periodProblem({ start: '2028-02-29', end: '2028-02-29' })).toBeNull();
    const far = initiative('b', period('2031-01-01', '2031-01-31'));
    expect(pairs(initiative('a', { period: backwards }), far)).toHaveLength(1);
    expect(pairs(initiative('a', period('2027-02-30', '2027-03-01')), far)).toHaveLength(1);
  });
});

describe('overlap detection: what must be shared', () => {
  it('needs a theme and a target group and a buurt in common', () => {
    const a = initiative('a', { themes: ['gezond', 'veilig'] });
    expect(pairs(a, initiative('b', { themes: ['groen'] }))).toEqual([]);
    expect(pairs(a, initiative('b', { targetGroups: ['jongeren'] }))).toEqual([]);
    expect(pairs(a, initiative('b', { buurten: ['Vollenhove-Zuid'] }))).toEqual([]);
    expect(pairs(a, initiative('b', { themes: ['veilig', 'gezond'] }))[0]?.reasons).toMatchObject([
      { kind: 'audience', themes: ['veilig', 'gezond'] },
    ]);
  });

  it('matches target groups and buurten in any case, accents, spaces and hyphens, in the spelling of a', () => {
    const a = initiative('a', { targetGroups: ['Ouderen', 'jongeren'], buurten: ['Vollenhove-Noord'] });
    const b = initiative('b', { targetGroups: [' óuderen '], buurten: ['vollenhove  noord'] });
    expect(pairs(b, a)[0]?.reasons[0]).toMatchObject({
      targetGroups: ['Ouderen'],
      buurten: ['Vollenhove-Noord'],
    });
  });

  it('matches funding sources case- and accent-insensitively, ignoring punctuation and spaces', () => {
    const cases: [string, string][] = [
      ['Fonds Leefbaarheid', 'fonds leefbaarheid'],
      ['Café', 'Cafe'],
      ['Sterk in de Wijk', 'sterk-in-de-wijk'],
      ['Oranje Fonds', '  Oranje   fonds. '],
    ];
    for (const [x, y] of cases)
      expect(pairs(initiative('a', funded(x)), initiative('b', funded(y))), `${x} / ${y}`).toEqual([
        { a: 'a', b: 'b', reasons: [{ kind: 'funding', source: x }] },
      ]);
    expect(pairs(initiative('a', funded('Oranje Fonds')), initiative('b', funded('Oranjefonds')))).toEqual(
      [],
    );
    expect(pairs(initiative('a', funded('—')), initiative('b', funded('-')))).toEqual([]);
  });

  it('flags the same funding whatever the periods, and gives both reasons when both hold', () => {
    const a = initiative('a', { ...period('2027-01-01', '2027-02-01'), ...funded('Sterk in de Wijk') });
    const b = initiative('b', { ...period('2029-01-01', null), ...funded('Sterk in de Wijk') });
    expect(pairs(a, b)[0]?.reasons).toEqual([{ kind: 'funding', source: 'Sterk in de Wijk' }]);
    const both = pairs(
      initiative('a', { funding: [{ source: 'Fonds X', amount: 500 }] }),
      initiative('b', { funding: [{ source: 'fonds x', amount: null }] }),
    );
    expect(both[0]?.reasons.map((r) => r.kind)).toEqual(['audience', 'funding']);
  });

  it('never pairs finished or stopped initiatives', () => {
    for (const status of ['afgerond', 'gestopt'] as const)
      expect(pairs(initiative('a', { status, ...funded('F') }), initiative('b', funded('F')))).toEqual([]);
    for (const status of ['idee', 'gepland', 'loopt'] as const)
      expect(pairs(initiative('a', { status }), initiative('b'))).toHaveLength(1);
  });

  it('uses the first initiative of an id that appears twice, and never pairs an id with itself', () => {
    const first = initiative('a');
    const again = initiative('a', { buurten: ['Centrum'] });
    expect(pairs(first, again)).toEqual([]);
    expect(pairs(first, again, initiative('b', { buurten: ['Centrum'] }))).toEqual([]);
  });
});
