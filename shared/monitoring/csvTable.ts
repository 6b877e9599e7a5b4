import Papa from 'papaparse';
import { unguardFormula } from '../csv/csv';
import { MONITORING_LIMITS } from './indicator';

/**
 * Why a row (or the file) is refused, named by line (1 = the header) and column, so a person can find it
 * in their spreadsheet. The client words `problem` from its catalogue (`monitoring.csv.problems.*`).
 */
export const CSV_PROBLEMS = [
  'empty_file',
  'missing_column',
  'too_many_rows',
  'bad_row',
  'required',
  'not_a_number',
  'out_of_range',
  'bad_date',
  'unknown_indicator',
  'unknown_series',
  'no_period',
  'region_not_found',
  'choose_region',
  'too_many_measurements',
] as const;
export type CsvProblemCode = (typeof CSV_PROBLEMS)[number];
export interface CsvProblem {
  line: number;
  /** The column's name as in the file's header; empty when the whole row is meant. */
  column: string;
  problem: CsvProblemCode;
}

export interface CsvTable {
  /** The header's names, trimmed (a BOM is dropped). */
  header: string[];
  /** The data rows with their line numbers; empty lines are left out. */
  rows: { line: number; cells: string[] }[];
  problems: CsvProblem[];
}

/**
 * Reads CSV text with papaparse: `;`, `,` or tab between fields (whichever the file uses), quotes,
 * a BOM, and the apostrophe our CSV export puts before a cell that looks like a formula. Row count
 * beyond MONITORING_LIMITS.csvRows is a problem of its own; a row with another number of fields than
 * the header is `bad_row`.
 */
export function readTable(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  });
  // A cell our own export guarded against formulas ('=…) reads as it was typed (shared/csv/csv.ts).
  const [first, ...rest] = parsed.data.map((row) => row.map(unguardFormula));
  const header = (first ?? []).map((h) => h.trim());
  const problems: CsvProblem[] = [];
  if (header.every((h) => h === ''))
    return { header: [], rows: [], problems: [{ line: 1, column: '', problem: 'empty_file' }] };
  const rows: CsvTable['rows'] = [];
  rest.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) problems.push({ line, column: '', problem: 'bad_row' });
    else rows.push({ line, cells });
  });
  if (rows.length + problems.length > MONITORING_LIMITS.csvRows)
    return {
      header,
      rows: [],
      problems: [{ line: MONITORING_LIMITS.csvRows + 2, column: '', problem: 'too_many_rows' }],
    };
  if (rows.length === 0 && problems.length === 0)
    problems.push({ line: 2, column: '', problem: 'empty_file' });
  return { header, rows, problems };
}

/** The index of the first header name that matches one of `names` (ignoring case), or -1. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const wanted = names.map((n) => n.toLowerCase());
  return header.findIndex((h) => wanted.includes(h.toLowerCase()));
}

/** Stops collecting after the report limit, so a broken 2000-row file gives a readable answer. */
export function addProblem(problems: CsvProblem[], problem: CsvProblem): void {
  if (problems.length < MONITORING_LIMITS.csvProblems) problems.push(problem);
}
