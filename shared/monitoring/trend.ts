import { type Language, t } from '../i18n/translate';
import {
  type DatedValue,
  type Direction,
  type IndicatorWithMeasurements,
  seriesOf,
  type Unit,
} from './indicator';

/**
 * The words under every chart (and the whole chart for a screen reader): where the wijk started, where it
 * is now, whether that is better, and the target — "Van 61% in 2022 naar 66% in 2026 (beter); doel 70% in
 * 2030." Pure, so the public wijkpagina (server-rendered) says exactly what the app says.
 */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const locale = (lang: Language) => LOCALES[lang] ?? 'nl-NL';

/** A number in the language's way (a decimal comma in Dutch), at most two decimals. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A value with its unit: "61%", "€ 1.250", "6,5 op 10", "12 woningen". */
export function formatValue(value: number, unit: Unit, unitLabel: string, lang: Language): string {
  const n = formatNumber(value, lang);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'euro':
      return `€ ${n}`;
    case 'score':
      return t(lang, 'monitoring.trend.score', { value: n });
    case 'count':
      return n;
    case 'other':
      return unitLabel ? `${n} ${unitLabel}` : n;
  }
}

/** A date as people say it: a year alone when it is 1 January ("2022"), else "12 maart 2024". */
export function formatDay(date: string, lang: Language): string {
  if (date.endsWith('-01-01')) return date.slice(0, 4);
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "in 2022" for a year, "op 12 maart 2024" for a day. */
export function when(date: string, lang: Language): string {
  const key = date.endsWith('-01-01') ? 'monitoring.trend.inYear' : 'monitoring.trend.onDay';
  return t(lang, key, { date: formatDay(date, lang) });
}

/** Is `to` better than `from`, given the direction? 0 when equal. */
export function compare(from: number, to: number, direction: Direction): -1 | 0 | 1 {
  if (from === to) return 0;
  const up = to > from;
  return up === (direction === 'higher_is_better') ? 1 : -1;
}

/** Has `value` reached the target, given the direction? */
export const reached = (value: number, target: number, direction: Direction): boolean =>
  direction === 'higher_is_better' ? value >= target : value <= target;

type Summarised = Pick<
  IndicatorWithMeasurements,
  'unit' | 'unitLabel' | 'baseline' | 'target' | 'direction' | 'measurements'
>;

/** The text summary of one indicator's chart, in `lang`. */
export function trendSummary(indicator: Summarised, lang: Language): string {
  const value = (v: number) => formatValue(v, indicator.unit, indicator.unitLabel, lang);
  const wijk = seriesOf(indicator.measurements, 'wijk');
  const points: DatedValue[] = wijk.map((m) => ({ value: m.value, date: m.date }));
  const first = points[0];
  // The nulmeting is the start when it comes before (or on the day of) the first measurement.
  if (indicator.baseline && (!first || indicator.baseline.date <= first.date))
    points.unshift(indicator.baseline);
  const from = points[0];
  const to = points[points.length - 1];
  const parts: string[] = [];
  if (!from || !to) parts.push(t(lang, 'monitoring.trend.none'));
  else if (points.length === 1) {
    const key = wijk.length === 0 ? 'monitoring.trend.baselineOnly' : 'monitoring.trend.one';
    parts.push(t(lang, key, { value: value(to.value), when: when(to.date, lang) }));
  } else {
    const words = { 1: 'better', 0: 'same', [-1]: 'worse' } as const;
    const change = t(lang, `monitoring.trend.${words[compare(from.value, to.value, indicator.direction)]}`);
    parts.push(
      t(lang, 'monitoring.trend.fromTo', {
        from: value(from.value),
        fromWhen: when(from.date, lang),
        to: value(to.value),
        toWhen: when(to.date, lang),
        change,
      }),
    );
  }
  let sentence = parts.join('');
  const target = indicator.target;
  if (target) {
    const goal = t(lang, 'monitoring.trend.target', {
      value: value(target.value),
      date: formatDay(target.date, lang),
      when: when(target.date, lang),
    });
    const done = to && to !== indicator.baseline && reached(to.value, target.value, indicator.direction);
    sentence += `; ${goal}${done ? ` ${t(lang, 'monitoring.trend.reached')}` : ''}`;
  }
  sentence += '.';
  const gemeente = seriesOf(indicator.measurements, 'gemeente').at(-1);
  if (gemeente)
    sentence += ` ${t(lang, 'monitoring.trend.gemeente', { value: value(gemeente.value), when: when(gemeente.date, lang) })}`;
  return sentence;
}
