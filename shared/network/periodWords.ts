import { type Language, locale, t } from '../i18n/translate';
import type { DayPeriod } from './period';

/**
 * A shared period in words people use, by month rather than by day: "in maart 2027", "in voorjaar 2027",
 * "in 2027", "van maart tot en met juni 2027", "van november 2026 tot en met februari 2027",
 * "vanaf 2027", "vanaf maart 2027", "tot en met juni 2027". Null when the period is open on both sides
 * (nothing to say). Seasons are meteorological (voorjaar March–May, zomer June–August, najaar
 * September–November); winter crosses the turn of the year and is said in months.
 */
export function periodWords(period: DayPeriod, lang: Language): string | null {
  const start = period.start === null ? null : day(period.start);
  const end = period.end === null ? null : day(period.end);
  if (start && end) return closedWords(start, end, lang);
  if (start) return t(lang, 'network.overlap.when.from', { from: startWords(start, lang) });
  if (end) return t(lang, 'network.overlap.when.until', { to: endWords(end, lang) });
  return null;
}

interface Day {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function day(iso: string): Day {
  const [year = 0, month = 1, d = 1] = iso.split('-').map(Number);
  return { year, month, day: d };
}

const SEASONS = [
  { key: 'network.overlap.season.spring', months: [3, 5] },
  { key: 'network.overlap.season.summer', months: [6, 8] },
  { key: 'network.overlap.season.autumn', months: [9, 11] },
] as const;

function monthWords(d: Day, lang: Language, withYear: boolean): string {
  return new Intl.DateTimeFormat(locale(lang), {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(d.year, d.month - 1, 1)));
}

const isNewYear = (d: Day) => d.month === 1 && d.day === 1;
const isNewYearsEve = (d: Day) => d.month === 12 && d.day === 31;
/** A start on 1 January reads as the year ("vanaf 2027"), any other as its month. */
const startWords = (d: Day, lang: Language) => (isNewYear(d) ? String(d.year) : monthWords(d, lang, true));
/** An end on 31 December reads as the year ("tot en met 2027"), any other as its month. */
const endWords = (d: Day, lang: Language) => (isNewYearsEve(d) ? String(d.year) : monthWords(d, lang, true));

function closedWords(start: Day, end: Day, lang: Language): string {
  const within = (period: string) => t(lang, 'network.overlap.when.in', { period });
  const range = (from: string, to: string) => t(lang, 'network.overlap.when.range', { from, to });
  if (isNewYear(start) && isNewYearsEve(end))
    return start.year === end.year ? within(String(start.year)) : range(String(start.year), String(end.year));
  if (start.year !== end.year) return range(monthWords(start, lang, true), monthWords(end, lang, true));
  if (start.month === end.month) return within(monthWords(start, lang, true));
  const season = SEASONS.find(({ months: [first, last] }) => start.month >= first && end.month <= last);
  if (season)
    return within(
      t(lang, 'network.overlap.season.withYear', { season: t(lang, season.key), year: start.year }),
    );
  return range(monthWords(start, lang, false), monthWords(end, lang, true));
}
