import type { TableCell } from './blocks';
import { columnWidths, type Placed } from './columns';
import { notoMeasure } from './fonts';

/** A Word table's grid: how many columns, and how wide each is. */

export function columnCount(rows: readonly TableCell[][]): number {
  // Rows list only the cells that start in them; a cell spanning rows down takes its columns in the rows below.
  const busy: number[] = [];
  let width = 1;
  for (const row of rows) {
    let col = 0;
    for (const cell of row) {
      while ((busy[col] ?? 0) > 0) col++;
      for (let c = col; c < col + cell.colspan; c++) busy[c] = cell.rowspan;
      col += cell.colspan;
    }
    width = Math.max(width, col, busy.length);
    for (let c = 0; c < busy.length; c++) busy[c] = Math.max(0, (busy[c] ?? 0) - 1);
  }
  return width;
}

/** The cells' left and right margin (see the table's margins), in twips. */
const CELL_PAD = 100;

/** Column widths in twips, sized to the text as the PDF sizes them (table text is 11 pt Noto Sans). */
export function tableColumns(placed: Placed[][], columns: number, width: number): number[] {
  const points = notoMeasure(11);
  const widths = columnWidths(placed, columns, {
    total: width,
    pad: CELL_PAD,
    minText: 11 * 20,
    measure: (text, bold) => points(text, bold) * 20,
  });
  // Whole twips that still add up to the table's width.
  const out = widths.map(Math.floor);
  if (out.length > 0) out[out.length - 1] = (out.at(-1) ?? 0) + width - out.reduce((s, w) => s + w, 0);
  return out;
}
