import { type Language, t } from '../../../../shared/i18n/translate';
import type { IndicatorWithMeasurements } from '../../../../shared/monitoring/indicator';
import { seriesOf } from '../../../../shared/monitoring/indicator';
import { formatValue, trendSummary } from '../../../../shared/monitoring/trend';
import { esc } from '../../../export/html';
import type { PagePart } from '../context';
import { dayText } from '../html';

const source = (i: IndicatorWithMeasurements, lang: Language) =>
  i.source === 'other' ? i.sourceLabel : t(lang, `monitoring.sources.${i.source}`);

/** The figures of the wijk as a small table (the page has no charts: no scripts); the summary says the trend. */
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
 * The monitoring's indicators (issue 19): name, definition, the trend in words (the monitoring's own
 * `trendSummary`, as under its charts) and the wijk's figures; the source of each.
 */
export const indicatorenPart: PagePart<IndicatorWithMeasurements[]> = {
  async load({ deps, werkgroep }) {
    const indicators = await deps.storage.listMonitoring(werkgroep.id);
    return indicators.length > 0 ? indicators : null;
  },
  render(indicators, lang) {
    return indicators
      .map(
        (i) =>
          `<article class="card"><h3>${esc(i.name)}</h3>${i.definition ? `<p>${esc(i.definition)}</p>` : ''}<p><strong>${esc(
            trendSummary(i, lang),
          )}</strong></p>${table(i, lang)}<p class="quiet">${esc(t(lang, 'wijkpagina.indicatoren.source', { source: source(i, lang) }))}</p></article>`,
      )
      .join('');
  },
};
