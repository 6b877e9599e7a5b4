import { blockText, type TableCell } from './blocks';

/**
 * Table column widths, one computation for every format that sets them (PDF, ODT, DOCX): columns as
 * wide as their text wants, shrunk towards their longest word when the page is too narrow, so a
 * long Dutch compound is not broken in the middle while a column of short numbers takes little room.
 */

export interface Placed {
  cell: TableCell;
  col: number;
  span: number;
}

/** Cells on a grid. A cell covered by a rowspan from above is left out of the rows below it. */
export function placeCells(rows: readonly TableCell[][]): { cols: number; rows: Placed[][] } {
  const taken = new Set<string>();
  let cols = 0;
  const placed = rows.map((row, r) => {
    let c = 0;
    return row.map((cell): Placed => {
      while (taken.has(`${r}:${c}`)) c++;
      const span = Math.max(1, cell.colspan);
      for (let down = 1; down < Math.max(1, cell.rowspan); down++)
        for (let k = 0; k < span; k++) taken.add(`${r + down}:${c + k}`);
      const p = { cell, col: c, span };
      c += span;
      cols = Math.max(cols, c);
      return p;
    });
  });
  return { cols, rows: placed };
}

/** The width of some text in the table's font and size (bold for header cells), in the unit of `total`. */
export type Measure = (text: string, bold: boolean) => number;

export interface ColumnOptions {
  /** The table's width. */
  total: number;
  /** A cell's padding on each side. */
  pad: number;
  /** The narrowest a column may be, besides its padding (about one letter). */
  minText: number;
  measure: Measure;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

export function columnWidths(rows: readonly Placed[][], cols: number, o: ColumnOptions): number[] {
  const min = Array.from({ length: cols }, () => 2 * o.pad + o.minText);
  const max = [...min];
  for (const p of rows.flat()) {
    if (p.span !== 1) continue;
    for (const text of p.cell.blocks.map(blockText)) {
      const bold = p.cell.header;
      const longest = text.split(/\s+/).reduce((w, word) => Math.max(w, o.measure(word, bold)), 0);
      min[p.col] = Math.max(min[p.col] ?? 0, longest + 2 * o.pad);
      max[p.col] = Math.max(max[p.col] ?? 0, o.measure(text, bold) + 2 * o.pad);
    }
  }
  const [sMin, sMax] = [sum(min), sum(max)];
  if (cols === 0) return [];
  if (sMax <= o.total) return max.map((w) => (w * o.total) / sMax);
  if (sMin >= o.total) return min.map((w) => (w * o.total) / sMin);
  return min.map((w, i) => w + ((o.total - sMin) * ((max[i] ?? w) - w)) / (sMax - sMin));
}
