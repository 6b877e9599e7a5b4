import type { ImportedRow, ImportParse } from './csvImport';
import { readValue } from './csvImport';
import { addProblem, type CsvProblem, type CsvTable, columnIndex, readTable } from './csvTable';
import { parsePeriod } from './csvValues';
import type { StatlineMapping } from './importRequest';
import { MONITORING_LIMITS, type Series } from './indicator';

/**
 * The subset of the CBS StatLine / open-data CSV layout we read (Kerncijfers wijken en buurten, and the
 * GGD Gezondheidsmonitor per wijk, which CBS publishes in the same layout):
 * - the region in `WijkenEnBuurten` (or `Codering_3`, `RegioS`, `Codering`): codes such as `WK034401`
 *   (a wijk), `BU03440101` (a buurt), `GM0344` (the gemeente), `NL00`; padded with spaces, which we trim;
 * - the period in `Perioden` (`2022JJ00`, `2022KW03`, `2022MM05`), or, without that column, one year
 *   chosen when importing;
 * - the figure in the chosen variable's column; `.` or an empty cell (CBS: unknown or secret) is skipped.
 * Rows of the chosen wijk or buurt become the wijk's series, rows of the gemeente (`GM…`) its average;
 * other regions are left out.
 */
export const REGION_COLUMNS = ['WijkenEnBuurten', 'Codering_3', 'RegioS', 'Codering'] as const;
export const PERIOD_COLUMN = 'Perioden';

const isLocal = (code: string) => /^(WK|BU)/i.test(code);
const isGemeente = (code: string) => /^GM/i.test(code);

/** What the import form offers to choose from: the columns and the wijk and buurt codes in the file. */
export interface StatlineShape {
  header: string[];
  regionColumn: string | null;
  hasPeriods: boolean;
  /** Wijk and buurt codes (trimmed), in file order, each once. */
  localCodes: string[];
  problems: CsvProblem[];
}

function shapeOf(table: CsvTable): StatlineShape & { regionIndex: number } {
  const regionIndex = columnIndex(table.header, REGION_COLUMNS);
  const codes = new Set<string>();
  if (regionIndex >= 0)
    for (const row of table.rows) {
      const code = (row.cells[regionIndex] ?? '').trim();
      if (isLocal(code)) codes.add(code);
    }
  return {
    header: table.header,
    regionColumn: regionIndex >= 0 ? (table.header[regionIndex] ?? null) : null,
    regionIndex,
    hasPeriods: columnIndex(table.header, [PERIOD_COLUMN]) >= 0,
    localCodes: [...codes],
    problems: table.problems,
  };
}

/** The file's columns and codes, for the import form (the client reads the file it is about to send). */
export function statlineShape(text: string): StatlineShape {
  const { regionIndex: _, ...shape } = shapeOf(readTable(text));
  return shape;
}

/** Reads a StatLine file for one indicator, with the choices made in the import form. */
export function parseStatline(text: string, mapping: StatlineMapping): ImportParse {
  const table = readTable(text);
  const shape = shapeOf(table);
  const problems = [...table.problems];
  if (table.header.length === 0) return { ok: false, problems };
  const valueIndex = columnIndex(table.header, [mapping.valueColumn]);
  const periodIndex = columnIndex(table.header, [PERIOD_COLUMN]);
  if (shape.regionIndex < 0) problems.push({ line: 1, column: REGION_COLUMNS[0], problem: 'missing_column' });
  if (valueIndex < 0) problems.push({ line: 1, column: mapping.valueColumn, problem: 'missing_column' });
  if (periodIndex < 0 && mapping.year === null)
    problems.push({ line: 1, column: PERIOD_COLUMN, problem: 'no_period' });
  const regionName = shape.regionColumn ?? REGION_COLUMNS[0];
  const wijk = mapping.regionCode || (shape.localCodes.length === 1 ? shape.localCodes[0] : null);
  if (shape.regionIndex >= 0 && !wijk)
    problems.push({
      line: 1,
      column: regionName,
      problem: shape.localCodes.length > 1 ? 'choose_region' : 'region_not_found',
    });
  else if (
    wijk &&
    shape.regionIndex >= 0 &&
    !shape.localCodes.some((c) => c.toLowerCase() === wijk.toLowerCase())
  )
    problems.push({ line: 1, column: regionName, problem: 'region_not_found' });
  if (problems.length > 0 || !wijk) return { ok: false, problems };

  const rows: ImportedRow[] = [];
  let skipped = 0;
  const columnName = (i: number) => table.header[i] ?? '';
  for (const { line, cells } of table.rows) {
    const code = (cells[shape.regionIndex] ?? '').trim();
    const series: Series | null =
      code.toLowerCase() === wijk.toLowerCase() ? 'wijk' : isGemeente(code) ? 'gemeente' : null;
    if (!series) {
      skipped++;
      continue;
    }
    const raw = (cells[valueIndex] ?? '').trim();
    // CBS writes "." for a figure that is unknown or kept secret: nothing to import, not a mistake.
    if (raw === '' || raw === '.') {
      skipped++;
      continue;
    }
    const date = periodIndex >= 0 ? parsePeriod(cells[periodIndex] ?? '') : `${mapping.year}-01-01`;
    if (!date) addProblem(problems, { line, column: columnName(periodIndex), problem: 'bad_date' });
    const value = readValue(raw);
    if (typeof value === 'string')
      addProblem(problems, { line, column: columnName(valueIndex), problem: value });
    if (date && typeof value === 'number')
      rows.push({
        line,
        indicatorId: mapping.indicatorId,
        series,
        date,
        value,
        note: `StatLine: ${mapping.valueColumn}`.slice(0, MONITORING_LIMITS.noteMax),
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, skipped };
}
