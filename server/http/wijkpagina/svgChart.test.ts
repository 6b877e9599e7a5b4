import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { IndicatorWithMeasurements, Measurement } from '../../../shared/monitoring/indicator';
import { chartLegend, svgChart, yTicks } from './svgChart';

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
type Chartable = Pick<IndicatorWithMeasurements, 'measurements' | 'baseline' | 'target'>;
const indicator = (over: Partial<Chartable> = {}): Chartable => ({
  baseline: { value: 61, date: '2022-01-01' },
  target: { value: 70, date: '2030-01-01' },
  measurements: [m('2024-01-01', 64), m('2022-01-01', 61)],
  ...over,
});
const options = { lang: 'nl' as const, yLabel: 'Procent (%)', labelledBy: 'trend-1' };

/** The chart as XML, failing on any parse error: the page writes it into HTML as it is. */
function parse(svg: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement;
  if (!root) throw new Error('no root');
  return root;
}
const texts = (root: Element, group: string) =>
  Array.from(root.getElementsByTagName('g'))
    .filter((g) => g.getAttribute('class') === group)
    .flatMap((g) => Array.from(g.getElementsByTagName('text')).map((t) => t.textContent));
const count = (root: Element, tag: string) => root.getElementsByTagName(tag).length;

describe('svgChart', () => {
  it('is valid SVG, named by the trend sentence, with the wijk, nulmeting, doel and years', () => {
    const root = parse(svgChart(indicator(), options));
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('trend-1');
    expect(root.getAttribute('viewBox')).toBe('0 0 340 210');
    expect(count(root, 'circle')).toBe(2);
    expect(root.getElementsByTagName('text')[0]?.textContent).toBe('Procent (%)');
    // The scale holds 61…70 (data and target); the years run to the target's.
    const y = texts(root, 'chg').map(Number);
    expect(Math.min(...y)).toBeLessThanOrEqual(61);
    expect(Math.max(...y)).toBeGreaterThanOrEqual(70);
    expect(texts(root, 'chx')).toEqual(['2022', '2024', '2026', '2028', '2030']);
    // Coordinates keep at most one decimal.
    expect(svgChart(indicator(), options)).not.toMatch(/\d\.\d\d/);
  });

  it('escapes werkgroep text', () => {
    const svg = svgChart(indicator(), { ...options, yLabel: '<script>alert(1)</script>', labelledBy: 'a"b' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    parse(svg);
    const legend = chartLegend(indicator(), {
      wijk: '<script>x</script>',
      gemeente: 'g',
      baseline: 'b',
      target: 't',
    });
    expect(legend).not.toContain('<script');
  });

  it('draws one measurement without target or nulmeting', () => {
    const root = parse(
      svgChart(indicator({ baseline: null, target: null, measurements: [m('2024-01-01', 5)] }), options),
    );
    expect(count(root, 'circle')).toBe(1);
    expect(texts(root, 'chx')).toEqual(['2024']);
    expect(Array.from(root.getElementsByTagName('g')).some((g) => g.getAttribute('class') === 'cht')).toBe(
      false,
    );
    expect(svgChart(indicator({ measurements: [] }), options)).toBe('');
  });

  it('fits a lower-is-better target under the data, with Dutch or English decimals', () => {
    const lower = indicator({
      baseline: { value: 2.4, date: '2021-01-01' },
      target: { value: 1.5, date: '2027-01-01' },
      measurements: [m('2021-01-01', 2.4), m('2023-06-15', 2.1), m('2025-01-01', 1.9)],
    });
    const nl = texts(parse(svgChart(lower, options)), 'chg');
    expect(nl).toContain('1,5');
    const en = texts(parse(svgChart(lower, { ...options, lang: 'en' })), 'chg').map(Number);
    expect(Math.min(...en)).toBeLessThanOrEqual(1.5);
    expect(Math.max(...en)).toBeGreaterThanOrEqual(2.4);
    expect(yTicks([0.1, 0.3])).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('draws the gemeente dashed with squares, and the legend names only what is drawn', () => {
    const both = indicator({
      target: null,
      measurements: [m('2022-01-01', 61), m('2022-01-01', 58, 'gemeente'), m('2024-01-01', 60, 'gemeente')],
    });
    const svg = svgChart(both, options);
    const root = parse(svg);
    const groups = Array.from(root.getElementsByTagName('g')).map((g) => g.getAttribute('class'));
    expect(groups).toEqual(expect.arrayContaining(['chm', 'chw']));
    expect(svg).toMatch(/h9v9h-9z.*h9v9h-9z/);
    const legend = chartLegend(both, { wijk: 'W', gemeente: 'G', baseline: 'B', target: 'T' });
    expect(legend).toContain('G</li>');
    expect(legend).not.toContain('T</li>');
  });
});
