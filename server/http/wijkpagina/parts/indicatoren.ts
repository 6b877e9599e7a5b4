import { type Language, t } from '../../../../shared/i18n/translate';
import type { IndicatorWithMeasurements } from '../../../../shared/monitoring/indicator';
import { seriesOf } from '../../../../shared/monitoring/indicator';
import { formatValue, trendSummary } from '../../../../shared/monitoring/trend';
import { esc } from '../../../export/html';
import type { PagePart } from '../context';
import { dayText } from '../html';
import { chartLegend, svgChart } from '../svgChart';

const source = (i: IndicatorWithMeasurements, lang: Language) =>
  i.source === 'other' ? i.sourceLabel : t(lang, `monitoring.sources.${i.source}`);

/** The figures of the wijk as a small table: the chart's data, for whoever cannot see the chart. */
function table(i: IndicatorWithMeasurements, lang: Language): string {
  const wijk = seriesOf(i.measurements, 'wijk');
  if (wijk.length === 0) return '';
  const rows = wijk
    .map(
      (m) =>
        `<tr><td>${esc(dayText(m.date, lang))}</td><td>${esc(formatValue(m.value, i.unit, i.unitLabel, lang))}</td></tr>`,
    )
    .join('');
  return `<div class="table"><table><caption>${esc(t(lang, 'wijkpagina.indicatoren.caption', { name: i.name }))}</caption><thead><tr><th scope="col">${esc(
    t(lang, 'wijkpagina.indicatoren.date'),
  )}</th><th scope="col">${esc(t(lang, 'wijkpagina.indicatoren.value'))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The chart (an SVG drawn here: the page has no scripts), named by the trend sentence under it, and its
 * legend. The sentence's id is the indicator's place on the page: no internal ids on the public page.
 */
function figure(i: IndicatorWithMeasurements, n: number, lang: Language): string {
  const id = `trend-${n + 1}`;
  const summary = `<p id="${id}"><strong>${esc(trendSummary(i, lang))}</strong></p>`;
  const chart = svgChart(i, {
    lang,
    yLabel: i.unit === 'other' ? i.unitLabel : t(lang, `monitoring.units.${i.unit}`),
    labelledBy: id,
  });
  if (!chart) return summary;
  const legend = chartLegend(i, {
    wijk: t(lang, 'monitoring.chart.legendWijk'),
    gemeente: t(lang, 'monitoring.chart.legendGemeente'),
    baseline: t(lang, 'monitoring.chart.legendBaseline'),
    target: t(lang, 'monitoring.chart.legendTarget'),
  });
  return `<figure class="trend">${chart}<figcaption>${legend}${summary}</figcaption></figure>`;
}

/**
 * The monitoring's indicators (issue 19): name, definition, the chart with the trend in words (the
 * monitoring's own `trendSummary`, as under its charts) and the wijk's figures; the source of each.
 */
export const indicatorenPart: PagePart<IndicatorWithMeasurements[]> = {
  async load({ deps, werkgroep }) {
    const indicators = await deps.storage.listMonitoring(werkgroep.id);
    return indicators.length > 0 ? indicators : null;
  },
  render(indicators, lang) {
    return indicators
      .map(
        (i, n) =>
          `<article class="card"><h3>${esc(i.name)}</h3>${i.definition ? `<p>${esc(i.definition)}</p>` : ''}${figure(
            i,
            n,
            lang,
          )}${table(i, lang)}<p class="quiet">${esc(t(lang, 'wijkpagina.indicatoren.source', { source: source(i, lang) }))}</p></article>`,
      )
      .join('');
  },
};
