import * as Plot from '@observablehq/plot';
import type { Language } from '../../../shared/i18n/translate';
import { type IndicatorWithMeasurements, seriesOf } from '../../../shared/monitoring/indicator';
import { formatNumber } from '../../../shared/monitoring/trend';

import { CHART_COLOURS } from './chartColours';

/**
 * The chart of one indicator, drawn with Observable Plot (loaded only with a chart, see TrendChart).
 * Colour is never the only difference: the wijk is a solid line with circles, the gemeente a dashed
 * line with squares, the baseline a triangle, the target a diamond on a dotted line.
 */

const day = (date: string) => new Date(`${date}T00:00:00Z`);

export function renderChart(
  indicator: IndicatorWithMeasurements,
  options: { width: number; lang: Language; yLabel: string },
): SVGSVGElement | HTMLElement {
  const points = (series: 'wijk' | 'gemeente') =>
    seriesOf(indicator.measurements, series).map((m) => ({ date: day(m.date), value: m.value }));
  const wijk = points('wijk');
  const gemeente = points('gemeente');
  const xy = { x: 'date', y: 'value' } as const;
  const marks: Plot.Markish[] = [
    Plot.lineY(wijk, { ...xy, stroke: CHART_COLOURS.wijk, strokeWidth: 2.5 }),
    Plot.dot(wijk, { ...xy, fill: CHART_COLOURS.wijk, r: 4.5, symbol: 'circle' }),
    Plot.lineY(gemeente, { ...xy, stroke: CHART_COLOURS.gemeente, strokeWidth: 2, strokeDasharray: '7,4' }),
    Plot.dot(gemeente, { ...xy, fill: CHART_COLOURS.gemeente, r: 4.5, symbol: 'square' }),
  ];
  const { baseline, target } = indicator;
  if (baseline)
    marks.push(
      Plot.dot([{ date: day(baseline.date), value: baseline.value }], {
        ...xy,
        symbol: 'triangle',
        r: 7,
        fill: 'white',
        stroke: CHART_COLOURS.ink,
        strokeWidth: 2,
      }),
    );
  if (target)
    marks.push(
      Plot.ruleY([target.value], { stroke: CHART_COLOURS.ink, strokeDasharray: '2,4' }),
      Plot.dot([{ date: day(target.date), value: target.value }], {
        ...xy,
        symbol: 'diamond',
        r: 7,
        fill: CHART_COLOURS.ink,
      }),
    );
  const svg = Plot.plot({
    width: options.width,
    height: Math.round(Math.min(280, Math.max(200, options.width * 0.5))),
    marginLeft: 56,
    marginRight: 24,
    style: { fontSize: '13px', color: CHART_COLOURS.ink, background: 'transparent', overflow: 'visible' },
    x: { type: 'utc', label: null, ticks: options.width < 520 ? 4 : 8 },
    y: {
      label: options.yLabel,
      grid: true,
      nice: true,
      tickFormat: (v: number) => formatNumber(v, options.lang),
    },
    marks,
  });
  // The chart's words are in its summary and table; a screen reader skips the drawing.
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}
