/**
 * Writing CSV files that people open in a spreadsheet (Dutch Excel first): `;` between fields, CRLF line
 * ends, a BOM so Excel reads UTF-8, and numbers with a decimal comma. The monitoring import
 * (shared/monitoring/csvTable.ts) reads what this writes.
 */

/** A cell: text (escaped and guarded), a number (written as a number), or empty. */
export type CsvCell = string | number | null;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). A cell that
 * starts with one, after any apostrophes, gets one more apostrophe in front; `unguardFormula` takes
 * exactly that one off again, so a text that itself starts with `'=` comes back unchanged.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'(?='*[=+\-@\t\r])/;

export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
export const unguardFormula = (cell: string): string => cell.replace(GUARDED, '');

/** A number as Dutch spreadsheets write it: `61,5`, `-3`, `1234567,25` (no thousands dots, no exponent). */
function dutchNumber(n: number): string {
  // String() writes tiny numbers with an exponent (1e-7), which no spreadsheet reads as a Dutch number.
  const plain = n === 0 || Math.abs(n) >= 1e-6 ? String(n) : n.toFixed(20).replace(/\.?0+$/, '');
  return plain.replace('.', ',');
}

/** One cell as it stands in the file. Numbers are not guarded: a minus sign before a number is no formula. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? dutchNumber(cell) : '';
  const text = guardFormula(cell);
  // Quotes around anything a reader could take for a separator, a line end, a quote or padding.
  return /[;,"\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, the header, then every row, each line ended by CRLF. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(CSV_SEPARATOR);
  return `${BOM}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
