import { addProblem, type CsvProblem, columnIndex, readTable } from './csvTable';
import { parseDay, parseNumber } from './csvValues';
import { MONITORING_LIMITS, type Series } from './indicator';

/** One measurement read from a file, with the line it came from. */
export interface ImportedRow {
  line: number;
  indicatorId: string;
  series: Series;
  date: string;
  value: number;
  note: string;
}

/** Either every row is good, or nothing is imported and every problem found is named. */
export type ImportParse =
  | { ok: true; rows: ImportedRow[]; skipped: number }
  | { ok: false; problems: CsvProblem[] };

export const TEMPLATE_COLUMNS = {
  indicator: ['indicator'],
  date: ['datum', 'date'],
  value: ['waarde', 'value'],
  source: ['bron', 'source'],
  series: ['reeks', 'series'],
} as const;
const SERIES_WORDS: Record<string, Series> = {
  wijk: 'wijk',
  neighbourhood: 'wijk',
  gemeente: 'gemeente',
  municipality: 'gemeente',
};

/** A value cell, or the problem with it. */
export function readValue(cell: string | undefined): number | 'required' | 'not_a_number' | 'out_of_range' {
  if (!cell || cell.trim() === '') return 'required';
  const n = parseNumber(cell);
  if (n === null) return 'not_a_number';
  return Math.abs(n) > MONITORING_LIMITS.valueAbsMax ? 'out_of_range' : n;
}

/**
 * The plain template: `indicator;datum;waarde;bron[;reeks]`. The indicator is named as in the app
 * (case and spaces around it do not matter).
 */
export function parseTemplate(
  text: string,
  indicators: readonly { id: string; name: string }[],
): ImportParse {
  const table = readTable(text);
  const problems = [...table.problems];
  if (table.header.length === 0) return { ok: false, problems };
  const col = {
    indicator: columnIndex(table.header, TEMPLATE_COLUMNS.indicator),
    date: columnIndex(table.header, TEMPLATE_COLUMNS.date),
    value: columnIndex(table.header, TEMPLATE_COLUMNS.value),
    source: columnIndex(table.header, TEMPLATE_COLUMNS.source),
    series: columnIndex(table.header, TEMPLATE_COLUMNS.series),
  };
  for (const key of ['indicator', 'date', 'value'] as const)
    if (col[key] < 0) problems.push({ line: 1, column: TEMPLATE_COLUMNS[key][0], problem: 'missing_column' });
  if (problems.some((p) => p.problem === 'missing_column' || p.problem === 'too_many_rows'))
    return { ok: false, problems };
  const byName = new Map(indicators.map((i) => [i.name.trim().toLowerCase(), i.id]));
  const name = (i: number) => table.header[i] ?? '';
  const rows: ImportedRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const fail = (i: number, problem: CsvProblem['problem']) =>
      addProblem(problems, { line, column: name(i), problem });
    const indicatorName = cell(col.indicator);
    const indicatorId = byName.get(indicatorName.toLowerCase());
    if (!indicatorName) fail(col.indicator, 'required');
    else if (!indicatorId) fail(col.indicator, 'unknown_indicator');
    const date = parseDay(cell(col.date));
    if (!cell(col.date)) fail(col.date, 'required');
    else if (!date) fail(col.date, 'bad_date');
    const value = readValue(cell(col.value));
    if (typeof value === 'string') fail(col.value, value);
    const seriesWord = cell(col.series).toLowerCase();
    const series = seriesWord === '' ? 'wijk' : SERIES_WORDS[seriesWord];
    if (!series) fail(col.series, 'unknown_series');
    if (indicatorId && date && typeof value === 'number' && series)
      rows.push({
        line,
        indicatorId,
        series,
        date,
        value,
        note: cell(col.source).slice(0, MONITORING_LIMITS.noteMax),
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, skipped: 0 };
}
