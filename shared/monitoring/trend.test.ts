import { describe, expect, it } from 'vitest';
import type { IndicatorWithMeasurements, Measurement } from './indicator';
import { formatDay, formatValue, trendSummary } from './trend';

let n = 0;
const m = (date: string, value: number, series: Measurement['series'] = 'wijk'): Measurement => ({
  id: `m${++n}`,
  indicatorId: 'i1',
  series,
  date,
  value,
  note: '',
  createdAt: n,
});
const indicator = (over: Partial<IndicatorWithMeasurements> = {}) => ({
  unit: 'percent' as const,
  unitLabel: '',
  baseline: null,
  target: { value: 70, date: '2030-01-01' },
  direction: 'higher_is_better' as const,
  measurements: [m('2026-01-01', 66), m('2022-01-01', 61)],
  ...over,
});

describe('trendSummary', () => {
  it('says where the wijk started, where it is now, and the target (nl and en)', () => {
    expect(trendSummary(indicator(), 'nl')).toBe(
      'Van 61% in 2022 naar 66% in 2026 (beter); doel 70% in 2030.',
    );
    expect(trendSummary(indicator(), 'en')).toBe(
      'From 61% in 2022 to 66% in 2026 (better); target 70% in 2030.',
    );
  });

  it('one measurement, no target', () => {
    const one = indicator({ target: null, measurements: [m('2024-03-12', 12)] });
    expect(trendSummary(one, 'nl')).toBe('Eén meting: 12% op 12 maart 2024.');
    expect(trendSummary(one, 'en')).toBe('One measurement: 12% on 12 March 2024.');
  });

  it('no measurements: says so, with the baseline when there is one', () => {
    expect(trendSummary(indicator({ measurements: [] }), 'nl')).toBe('Nog geen metingen; doel 70% in 2030.');
    const baseline = indicator({
      measurements: [],
      target: null,
      baseline: { value: 61, date: '2022-01-01' },
    });
    expect(trendSummary(baseline, 'nl')).toBe('Nulmeting: 61% in 2022.');
  });

  it('lower is better: going down is better, and a target below is reached', () => {
    const fewer = indicator({
      unit: 'count',
      direction: 'lower_is_better',
      target: { value: 40, date: '2028-01-01' },
      measurements: [m('2022-01-01', 52), m('2025-01-01', 38)],
    });
    expect(trendSummary(fewer, 'nl')).toBe(
      'Van 52 in 2022 naar 38 in 2025 (beter); doel 40 in 2028 (gehaald).',
    );
    const more = indicator({ direction: 'lower_is_better', target: null });
    expect(trendSummary(more, 'en')).toBe('From 61% in 2022 to 66% in 2026 (worse).');
  });

  it('decimals with a comma in Dutch, a point in English; the baseline as start; the gemeente apart', () => {
    const scores = indicator({
      unit: 'score',
      target: null,
      baseline: { value: 6.25, date: '2021-01-01' },
      measurements: [m('2023-01-01', 6.5), m('2023-01-01', 7.1, 'gemeente')],
    });
    expect(trendSummary(scores, 'nl')).toBe(
      'Van 6,25 op 10 in 2021 naar 6,5 op 10 in 2023 (beter). Gemeente: 7,1 op 10 in 2023.',
    );
    expect(trendSummary(scores, 'en')).toBe(
      'From 6.25 out of 10 in 2021 to 6.5 out of 10 in 2023 (better). Municipality: 7.1 out of 10 in 2023.',
    );
  });

  it('unchanged values say so', () => {
    const same = indicator({ target: null, measurements: [m('2022-01-01', 5), m('2023-01-01', 5)] });
    expect(trendSummary(same, 'nl')).toBe('Van 5% in 2022 naar 5% in 2023 (gelijk gebleven).');
  });
});

describe('formatValue and formatDay', () => {
  it('writes units and dates as people say them', () => {
    expect(formatValue(1250.5, 'euro', '', 'nl')).toBe('€ 1.250,5');
    expect(formatValue(12, 'other', 'woningen', 'nl')).toBe('12 woningen');
    expect(formatDay('2024-01-01', 'nl')).toBe('2024');
    expect(formatDay('2024-06-30', 'en')).toBe('30 June 2024');
  });
});
