import type { Language } from '../../../shared/i18n/translate';
import { type IndicatorWithMeasurements, seriesOf } from '../../../shared/monitoring/indicator';
import { formatNumber } from '../../../shared/monitoring/trend';
import { esc } from '../../export/html';

/**
 * One indicator's line chart as a small SVG, drawn on the server (the public page has no scripts). The
 * members' charts' language (client/features/monitoring/plotChart.ts): the wijk a solid line with circles,
 * the gemeente a dashed line with squares, the nulmeting a triangle, the doel a diamond on a dotted line.
 * Colours and strokes come from a few classes in the page's CSS (`.ch…`), so each chart stays small.
 */

type Chartable = Pick<IndicatorWithMeasurements, 'measurements' | 'baseline' | 'target'>;

export interface ChartOptions {
  lang: Language;
  /** The unit as words over the y axis (werkgroep text for an own unit: escaped here). */
  yLabel: string;
  /** The id of the sentence that says the trend: the chart's accessible name. */
  labelledBy: string;
}

const W = 340;
const H = 210;
const TOP = 30;
const BOTTOM = 34;
const RIGHT = 22;
const YEAR = 365.25 * 86_400_000;

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** Coordinates with at most one decimal, as short as they can be. */
const r1 = (n: number) => String(Math.round(n * 10) / 10);

/** A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** The y scale's ends and ticks: round numbers around every value (and the target). */
export function yTicks(values: readonly number[]): number[] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = Math.max(Math.abs(lo) * 0.1, 1);
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, 4);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toFixed(decimals)));
  return ticks;
}

/** The x scale's ends (ms) and the years to name under it (at most five). */
function xScale(times: readonly number[]): { lo: number; hi: number; years: number[] } {
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  if (hi - lo < YEAR / 2) {
    lo -= YEAR / 2;
    hi += YEAR / 2;
  }
  const from = new Date(lo).getUTCFullYear() + (new Date(lo).getUTCMonth() > 0 ? 1 : 0);
  const to = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((to - from + 1) / 5));
  const years: number[] = [];
  for (let y = from; y <= to; y += step) if (Date.UTC(y, 0, 1) >= lo) years.push(y);
  return { lo, hi, years };
}

/** The chart of one indicator, or '' when it has nothing to draw. */
export function svgChart(indicator: Chartable, options: ChartOptions): string {
  const num = (v: number) => formatNumber(v, options.lang);
  const wijk = seriesOf(indicator.measurements, 'wijk');
  const gemeente = seriesOf(indicator.measurements, 'gemeente');
  const { baseline, target } = indicator;
  const dated = [...wijk, ...gemeente, ...(baseline ? [baseline] : []), ...(target ? [target] : [])];
  if (wijk.length + gemeente.length === 0) return '';

  const ticks = yTicks(dated.map((d) => d.value));
  const yLo = ticks[0] ?? 0;
  const yHi = ticks[ticks.length - 1] ?? 1;
  const left = 12 + 9 * Math.max(...ticks.map((v) => num(v).length));
  const x = xScale(dated.map((d) => ms(d.date)));
  const px = (date: string | number) =>
    left + ((typeof date === 'number' ? date : ms(date)) - x.lo) * ((W - RIGHT - left) / (x.hi - x.lo));
  const py = (v: number) => H - BOTTOM - ((v - yLo) / (yHi - yLo)) * (H - BOTTOM - TOP);

  const parts: string[] = [`<text class="chu" x="0" y="14">${esc(options.yLabel)}</text>`];
  // Grid and tick labels: a light line and a number per tick; the years under the plot.
  parts.push(
    `<g class="chg"><path d="${ticks.map((v) => `M${r1(left)} ${r1(py(v))}H${W - RIGHT}`).join('')}"/>${ticks
      .map((v) => `<text x="${r1(left - 6)}" y="${r1(py(v) + 5)}">${esc(num(v))}</text>`)
      .join('')}</g>`,
    `<g class="chx">${x.years
      .map((y) => `<text x="${r1(px(Date.UTC(y, 0, 1)))}" y="${H - 6}">${y}</text>`)
      .join('')}</g>`,
  );
  const line = (points: readonly { date: string; value: number }[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(px(p.date))} ${r1(py(p.value))}`).join('');
  if (target) {
    const tx = px(target.date);
    const ty = py(target.value);
    parts.push(
      `<g class="cht"><path class="chd" d="M${r1(left)} ${r1(ty)}H${W - RIGHT}"/><path d="M${r1(tx)} ${r1(ty - 7)}l7 7-7 7-7-7z"/></g>`,
    );
  }
  if (gemeente.length > 0)
    parts.push(
      `<g class="chm"><path class="chl" d="${line(gemeente)}"/><path d="${gemeente
        .map((p) => `M${r1(px(p.date) - 4.5)} ${r1(py(p.value) - 4.5)}h9v9h-9z`)
        .join('')}"/></g>`,
    );
  if (wijk.length > 0)
    parts.push(
      `<g class="chw"><path class="chl" d="${line(wijk)}"/>${wijk
        .map((p) => `<circle cx="${r1(px(p.date))}" cy="${r1(py(p.value))}" r="4.5"/>`)
        .join('')}</g>`,
    );
  if (baseline) {
    const bx = px(baseline.date);
    const by = py(baseline.value);
    parts.push(`<path class="chb" d="M${r1(bx)} ${r1(by - 7)}l7 12h-14z"/>`);
  }
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${esc(options.labelledBy)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The legend beside a chart: a little drawing and the words that name its shape, for what is drawn. */
export function chartLegend(
  indicator: Chartable,
  words: Record<'wijk' | 'gemeente' | 'baseline' | 'target', string>,
): string {
  const has = (series: 'wijk' | 'gemeente') => indicator.measurements.some((m) => m.series === series);
  const swatch: Record<keyof typeof words, string> = {
    wijk: '<g class="chw"><path class="chl" d="M1 7h32"/><circle cx="17" cy="7" r="4.5"/></g>',
    gemeente: '<g class="chm"><path class="chl" d="M1 7h32"/><path d="M12.5 2.5h9v9h-9z"/></g>',
    baseline: '<path class="chb" d="M17 1l7 12h-14z"/>',
    target: '<g class="cht"><path class="chd" d="M1 7h32"/><path d="M17 0l7 7-7 7-7-7z"/></g>',
  };
  const shown = (['wijk', 'gemeente', 'baseline', 'target'] as const).filter((k) =>
    k === 'wijk' || k === 'gemeente' ? has(k) : Boolean(indicator[k]),
  );
  return `<ul class="legend">${shown
    .map((k) => `<li><svg viewBox="0 0 34 14" aria-hidden="true">${swatch[k]}</svg>${esc(words[k])}</li>`)
    .join('')}</ul>`;
}
