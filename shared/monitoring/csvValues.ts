import { dayDateSchema } from './indicator';

/**
 * Reading one cell of a CSV file the way Dutch spreadsheets write it: decimal commas ("61,5"),
 * thousands dots with a comma ("1.234,5"), a unit sign ("61%", "€ 12"); dates as 2024-03-12,
 * 12-3-2024 (day first) or a year alone (2024 = 1 January 2024).
 */

/** The number in a cell, or null when it is not one. A dot alone is a decimal point ("61.5"). */
export function parseNumber(cell: string): number | null {
  let s = cell.replace(/[\s\u00a0%€]/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else if (comma >= 0) s = s.replace(/,/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const pad = (n: string) => n.padStart(2, '0');

/** The date in a cell as YYYY-MM-DD, or null when it is not a real date. */
export function parseDay(cell: string): string | null {
  const s = cell.trim();
  let iso: string | null = null;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  else if (dmy) iso = `${dmy[3]}-${pad(dmy[2] ?? '')}-${pad(dmy[1] ?? '')}`;
  else if (/^\d{4}$/.test(s)) iso = `${s}-01-01`;
  if (!iso || !dayDateSchema.safeParse(iso).success) return null;
  // zod checks the pattern; a round trip refuses 31 April and 29 February in a common year.
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A StatLine period code as a date: `2022JJ00` (the year) → 2022-01-01, `2022KW03` (a quarter) →
 * 2022-07-01, `2022MM05` (a month) → 2022-05-01; null for anything else.
 */
export function parsePeriod(code: string): string | null {
  const m = /^(\d{4})(JJ00|KW0([1-4])|MM(0[1-9]|1[0-2]))$/.exec(code.trim());
  if (!m) return null;
  const month = m[3] ? (Number(m[3]) - 1) * 3 + 1 : m[4] ? Number(m[4]) : 1;
  return `${m[1]}-${pad(String(month))}-01`;
}
