import { blockText } from './blocks';
import { columnWidths, type Placed, placeCells } from './columns';
import { measureBlocks, renderBlocks } from './pdfLayout';
import {
  artifact,
  atTop,
  type Box,
  COLOR,
  type Ctx,
  type Doc,
  ensure,
  FONT,
  metrics,
  type Struct,
  type TableBlock,
} from './pdfText';

const PAD_X = 5;
const PAD_Y = 4;
/** Tables are set a point smaller than the body, as in most printed reports. */
const SCALE = 10 / 11;
/** The gap renderBlocks leaves under a cell's last paragraph (a tight box), taken back off the row. */
const TRAILING = 0.3;

interface Layout {
  size: number;
  cols: number;
  rows: Placed[][];
  widths: number[];
  heights: number[];
  /** Leading rows of header cells only: repeated after a page break. */
  head: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Columns sized to their text in the PDF's own fonts (see columns.ts). */
function widthsFor(doc: Doc, rows: Placed[][], cols: number, total: number, size: number) {
  return columnWidths(rows, cols, {
    total,
    pad: PAD_X,
    minText: size,
    measure: (text, bold) =>
      doc
        .font(bold ? FONT.bold : FONT.regular)
        .fontSize(size)
        .widthOfString(text),
  });
}

const spanWidth = (L: Layout, p: Placed) => sum(L.widths.slice(p.col, p.col + p.span));
const colX = (L: Layout, box: Box, col: number) => box.x + sum(L.widths.slice(0, col));
const cellBox = (L: Layout, box: Box, p: Placed): Box => ({
  x: colX(L, box, p.col) + PAD_X,
  width: spanWidth(L, p) - 2 * PAD_X,
  size: L.size,
  tight: true,
  cell: true,
  bold: p.cell.header,
});

function layout(ctx: Ctx, t: TableBlock, box: Box): Layout {
  const size = box.size * SCALE;
  const { cols, rows } = placeCells(t.rows);
  const widths = widthsFor(ctx.doc, rows, cols, box.width, size);
  const { lh } = metrics(ctx.doc, size);
  const L: Layout = { size, cols, rows, widths, heights: [], head: 0 };
  L.heights = rows.map((row) => {
    const content = row.map((p) => measureBlocks(ctx, p.cell.blocks, cellBox(L, box, p)) - TRAILING * size);
    return Math.max(lh, ...content) + 2 * PAD_Y;
  });
  while (L.head < rows.length - 1 && rows[L.head]?.every((p) => p.cell.header)) L.head++;
  return L;
}

const captionHeight = (doc: Doc, caption: string, box: Box, size: number) =>
  caption ? doc.font(FONT.bold).fontSize(size).heightOfString(caption, { width: box.width }) + 3 : 0;

export function tableStart(ctx: Ctx, t: TableBlock, box: Box): number {
  const L = layout(ctx, t, box);
  return captionHeight(ctx.doc, t.caption.trim(), box, L.size) + sum(L.heights.slice(0, L.head + 1));
}

type CellOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

/** One row; with `table` null it is a repeated header row, drawn as an artifact (it is already tagged once). */
function drawRow(ctx: Ctx, L: Layout, r: number, box: Box, table: Struct | null) {
  const { doc } = ctx;
  const row = L.rows[r] ?? [];
  const y = doc.y;
  const measured = L.heights[r] ?? 0;
  artifact(doc, () => {
    for (const p of row)
      if (p.cell.header) doc.rect(colX(L, box, p.col), y, spanWidth(L, p), measured).fill(COLOR.head);
  });
  const bottomMargin = doc.page.margins.bottom;
  // The row was placed where it fits, so its cells never break the page (a slightly low estimate runs into the margin).
  doc.page.margins.bottom = 0;
  let bottom = y;
  if (table) {
    const tr = doc.struct('TR');
    table.add(tr);
    for (const p of row) {
      const options: CellOptions = p.cell.header ? { scope: r < L.head ? 'Column' : 'Row' } : {};
      const el = doc.struct(p.cell.header ? 'TH' : 'TD', options);
      tr.add(el);
      doc.y = y + PAD_Y;
      renderBlocks(ctx, el, p.cell.blocks, cellBox(L, box, p));
      el.end();
      bottom = Math.max(bottom, doc.y - TRAILING * L.size);
    }
    tr.end();
  } else
    artifact(doc, () => {
      for (const p of row) {
        const b = cellBox(L, box, p);
        const { gap } = metrics(doc, L.size, p.cell.header ? FONT.bold : FONT.regular);
        doc
          .fillColor(COLOR.text)
          .text(p.cell.blocks.map(blockText).join('\n'), b.x, y + PAD_Y, { width: b.width, lineGap: gap });
        bottom = Math.max(bottom, doc.y);
      }
    });
  doc.page.margins.bottom = bottomMargin;
  const h = Math.max(measured, bottom + PAD_Y - y);
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(COLOR.border);
    const covered = new Set(row.flatMap((p) => Array.from({ length: p.span }, (_, k) => p.col + k)));
    for (const p of row) doc.rect(colX(L, box, p.col), y, spanWidth(L, p), h).stroke();
    for (let c = 0; c < L.cols; c++)
      if (!covered.has(c)) doc.rect(colX(L, box, c), y, L.widths[c] ?? 0, h).stroke();
    doc.restore();
  });
  doc.y = y + h;
}

/** A bordered table: caption above, shaded header cells, rows kept whole, header rows repeated on a new page. */
export function renderTable(ctx: Ctx, parent: Struct, t: TableBlock, box: Box) {
  const { doc } = ctx;
  const L = layout(ctx, t, box);
  if (L.cols === 0) return;
  const caption = t.caption.trim();
  ensure(doc, captionHeight(doc, caption, box, L.size) + sum(L.heights.slice(0, L.head + 1)));
  const table = doc.struct('Table');
  parent.add(table);
  if (caption) {
    const el = doc.struct('Caption');
    table.add(el);
    el.add(() => {
      doc
        .font(FONT.bold)
        .fontSize(L.size)
        .fillColor(COLOR.text)
        .text(caption, box.x, doc.y, { width: box.width });
    });
    el.end();
    doc.y += 3;
  }
  L.rows.forEach((_, r) => {
    if (r >= L.head && doc.y + (L.heights[r] ?? 0) > doc.page.maxY() && !atTop(doc)) {
      doc.addPage();
      for (let k = 0; k < L.head; k++) drawRow(ctx, L, k, box, null);
    }
    drawRow(ctx, L, r, box, table);
  });
  table.end();
  doc.y += 0.65 * box.size;
}
