import { describe, expect, it } from 'vitest';
import { bannedWordsIn } from '../i18n/plainDutch';
import { LANGUAGES } from '../i18n/translate';
import { explainOverlap, explainReason, listWords } from './explainOverlap';
import { detectOverlaps, NETWORK_THEMES, type OverlapReason } from './overlap';
import type { OverlapInitiative } from './overlapInput';
import { periodWords } from './periodWords';

type AudienceReason = Extract<OverlapReason, { kind: 'audience' }>;
const audience = (period: { start: string | null; end: string | null }): AudienceReason => ({
  kind: 'audience',
  themes: ['gezond'],
  targetGroups: ['ouderen'],
  buurten: ['Vollenhove-Noord'],
  period,
});

describe('overlap explanations', () => {
  it('say who, where and when in plain Dutch, and the same in English', () => {
    const reason = audience({ start: '2027-03-01', end: '2027-05-31' });
    expect(explainReason(reason, 'nl')).toEqual([
      'Beide richten zich op ouderen in Vollenhove-Noord in voorjaar 2027.',
      'Ze vallen allebei onder het thema gezond.',
    ]);
    expect(explainReason(reason, 'en')).toEqual([
      'Both are aimed at ouderen in Vollenhove-Noord in spring 2027.',
      'They both come under the theme healthy.',
    ]);
  });

  it('join lists as people say them and name every theme', () => {
    const reason: OverlapReason = {
      kind: 'audience',
      themes: ['veilig', 'gelijke_kansen'],
      targetGroups: ['ouderen', 'jongeren'],
      buurten: ['Batau-Noord', 'Batau-Zuid', 'Centrum'],
      period: { start: null, end: null },
    };
    expect(explainReason(reason, 'nl')).toEqual([
      'Beide richten zich op ouderen en jongeren in Batau-Noord, Batau-Zuid en Centrum.',
      "Ze vallen allebei onder de thema's veilig en gelijke kansen.",
    ]);
    expect(explainReason(reason, 'en')[1]).toBe('They both come under the themes safe and equal chances.');
    expect(listWords(['ouderen'], 'nl')).toBe('ouderen');
  });

  it('say the shared funding source as the werkgroep wrote it', () => {
    const funding: OverlapReason = { kind: 'funding', source: 'Sterk in de Wijk' };
    expect(explainReason(funding, 'nl')).toEqual(['Beide krijgen geld uit Sterk in de Wijk.']);
    expect(explainReason(funding, 'en')).toEqual(['Both receive money from Sterk in de Wijk.']);
  });

  it('word periods by month, season or year', () => {
    const cases: [string | null, string | null, string, string][] = [
      ['2027-03-10', '2027-03-20', 'in maart 2027', 'in March 2027'],
      ['2027-06-01', '2027-08-31', 'in zomer 2027', 'in summer 2027'],
      ['2027-09-15', '2027-10-01', 'in najaar 2027', 'in autumn 2027'],
      ['2027-03-01', '2027-06-30', 'van maart tot en met juni 2027', 'from March to June 2027'],
      [
        '2026-12-01',
        '2027-02-28',
        'van december 2026 tot en met februari 2027',
        'from December 2026 to February 2027',
      ],
      ['2027-01-01', '2027-12-31', 'in 2027', 'in 2027'],
      ['2027-01-01', '2028-12-31', 'van 2027 tot en met 2028', 'from 2027 to 2028'],
      ['2027-01-01', null, 'vanaf 2027', 'from 2027 onwards'],
      ['2027-03-05', null, 'vanaf maart 2027', 'from March 2027 onwards'],
      [null, '2027-06-10', 'tot en met juni 2027', 'up to and including June 2027'],
      [null, '2027-12-31', 'tot en met 2027', 'up to and including 2027'],
    ];
    for (const [start, end, nl, en] of cases) {
      expect(periodWords({ start, end }, 'nl'), `${start}–${end}`).toBe(nl);
      expect(periodWords({ start, end }, 'en'), `${start}–${end}`).toBe(en);
    }
    expect(periodWords({ start: null, end: null }, 'nl')).toBeNull();
  });

  it('explain a detected pair with both names, all reasons, in every language', () => {
    const base: OverlapInitiative = {
      id: 'i-1',
      name: 'Samen bewegen',
      themes: ['gezond', 'leefbaar'],
      targetGroups: ['ouderen'],
      buurten: ['Vollenhove-Noord'],
      period: { start: '2027-03-01', end: '2027-09-30' },
      funding: [{ source: 'Sterk in de Wijk', amount: 2500 }],
      status: 'loopt',
    };
    const other: OverlapInitiative = {
      ...base,
      id: 'i-2',
      name: 'Fit na 65',
      themes: ['gezond'],
      targetGroups: ['Ouderen', 'mantelzorgers'],
      period: { start: '2027-02-01', end: '2027-05-15' },
      funding: [{ source: 'sterk-in-de-wijk', amount: null }],
      status: 'idee',
    };
    const [pair] = detectOverlaps([other, base]);
    if (!pair) throw new Error('expected a pair');
    const byId = new Map([base, other].map((i) => [i.id, i]));
    expect(explainOverlap(pair, byId, 'nl')).toEqual({
      title: 'Mogelijke overlap: Samen bewegen en Fit na 65',
      sentences: [
        'Beide richten zich op ouderen in Vollenhove-Noord in voorjaar 2027.',
        'Ze vallen allebei onder het thema gezond.',
        'Beide krijgen geld uit Sterk in de Wijk.',
      ],
      text: 'Beide richten zich op ouderen in Vollenhove-Noord in voorjaar 2027. Ze vallen allebei onder het thema gezond. Beide krijgen geld uit Sterk in de Wijk.',
    });
    expect(explainOverlap(pair, byId, 'en').title).toBe('Possible overlap: Samen bewegen and Fit na 65');
    expect(explainOverlap(pair, new Map(), 'nl').title).toBe('Mogelijke overlap: i-1 en i-2');
    for (const lang of LANGUAGES) expect(explainOverlap(pair, byId, lang).sentences).toHaveLength(3);
  });

  it('use none of the banned words in Dutch, for any theme and period', () => {
    const periods = [
      { start: '2027-04-01', end: '2027-04-02' },
      { start: '2027-01-01', end: null },
      { start: null, end: '2027-06-01' },
      { start: '2027-02-01', end: '2028-03-01' },
    ];
    const texts = periods.flatMap((period) =>
      explainReason({ ...audience(period), themes: [...NETWORK_THEMES] }, 'nl'),
    );
    expect(texts.flatMap((text) => bannedWordsIn(text).map((w) => `${text}: ${w.word}`))).toEqual([]);
  });
});
