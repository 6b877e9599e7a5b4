import { type Block, blockText, type HeadingLevel, type ParagraphStyle, plain } from './blocks';
import {
  artifact,
  atTop,
  type Box,
  COLOR,
  type Ctx,
  countLines,
  type Doc,
  ensure,
  FONT,
  metrics,
  pageIndex,
  type Struct,
  type TableBlock,
  writeRuns,
} from './pdfText';

const PARA: Record<ParagraphStyle, { scale: number; color: string; italic: boolean; bold: boolean }> = {
  normal: { scale: 1, color: COLOR.text, italic: false, bold: false },
  status: { scale: 0.85, color: COLOR.subtle, italic: false, bold: false },
  note: { scale: 0.95, color: COLOR.subtle, italic: true, bold: false },
  lead: { scale: 1, color: COLOR.text, italic: false, bold: true },
};

const HEAD: Record<HeadingLevel, { size: number; before: number; after: number }> = {
  1: { size: 20, before: 0, after: 14 },
  2: { size: 15, before: 14, after: 6 },
  3: { size: 12.5, before: 10, after: 5 },
  4: { size: 11.5, before: 8, after: 4 },
};

const gapAfter = (box: Box, size: number) => (box.tight ? 0.3 : 0.65) * size;

function paragraph(ctx: Ctx, parent: Struct, b: Extract<Block, { kind: 'paragraph' }>, box: Box) {
  const { doc } = ctx;
  const st = PARA[b.style];
  const size = box.size * st.scale;
  const { lh } = metrics(doc, size);
  const base = { bold: box.bold || st.bold, italic: st.italic };
  if (!box.cell) ensure(doc, countLines(doc, b.inlines, box.width, size, base, 2) * lh);
  if (plain(b.inlines).trim() === '') doc.y += lh;
  else {
    const el = doc.struct('P');
    parent.add(el);
    writeRuns(ctx, el, b.inlines, { ...box, ...base, size, color: st.color });
    el.end();
  }
  doc.y += gapAfter(box, size);
}

const headingHeight = (doc: Doc, title: string, level: HeadingLevel, width: number) =>
  doc.font(FONT.bold).fontSize(HEAD[level].size).heightOfString(title, { width, lineGap: 0 });

function heading(
  ctx: Ctx,
  parent: Struct,
  b: Extract<Block, { kind: 'heading' }>,
  next: Block | undefined,
  box: Box,
) {
  const { doc } = ctx;
  const h = HEAD[b.level];
  const title = plain(b.inlines);
  if (b.level === 1 && !atTop(doc)) doc.addPage();
  if (!atTop(doc)) doc.y += h.before;
  const height = headingHeight(doc, title, b.level, box.width);
  if (!box.cell) ensure(doc, height + h.after + (next ? startHeight(ctx, next, box) : 0));
  ctx.onHeading(b.id, b.level, title);
  // One level below the document title (the title page's H1), as the HTML export's h2 for a section.
  const el = doc.struct(`H${b.level + 1}`);
  parent.add(el);
  el.add(() => {
    doc
      .font(FONT.bold)
      .fontSize(h.size)
      .fillColor(COLOR.text)
      .text(title, box.x, doc.y, { width: box.width, lineGap: 0 });
  });
  el.end();
  if (b.level === 1) {
    hairline(ctx, box, doc.y + 4);
  }
  doc.y += h.after;
}

const listIndent = (box: Box) => box.size * 1.6;
const itemBox = (box: Box): Box => ({
  ...box,
  x: box.x + listIndent(box),
  width: box.width - listIndent(box),
  tight: true,
  depth: (box.depth ?? 0) + 1,
});

function list(ctx: Ctx, parent: Struct, b: Extract<Block, { kind: 'list' }>, box: Box) {
  const { doc } = ctx;
  const { lh } = metrics(doc, box.size);
  const inner = itemBox(box);
  const L = doc.struct('L');
  parent.add(L);
  b.items.forEach((item, i) => {
    const first = item[0];
    if (!box.cell) ensure(doc, first ? startHeight(ctx, first, inner) : lh);
    const li = doc.struct('LI');
    L.add(li);
    const y = doc.y;
    const label = b.ordered ? `${b.start + i}.` : box.depth ? '–' : '•';
    const lbl = doc.struct('Lbl');
    li.add(lbl);
    lbl.add(() => {
      doc.font(FONT.regular).fontSize(box.size).fillColor(COLOR.text);
      doc.text(label, inner.x - 6 - doc.widthOfString(label), y, { lineBreak: false });
    });
    lbl.end();
    doc.y = y;
    const body = doc.struct('LBody');
    li.add(body);
    renderBlocks(ctx, body, item, inner);
    body.end();
    li.end();
    if (doc.y < y + lh) doc.y = y + lh;
  });
  L.end();
  if (!box.tight) doc.y += gapAfter(box, box.size) - gapAfter(inner, box.size);
}

function quote(ctx: Ctx, parent: Struct, b: Extract<Block, { kind: 'quote' }>, box: Box) {
  const { doc } = ctx;
  const first = b.blocks[0];
  const pad = box.size * 1.2;
  const inner: Box = { ...box, x: box.x + pad, width: box.width - pad };
  if (first && !box.cell) ensure(doc, startHeight(ctx, first, inner));
  const from = { page: pageIndex(doc), y: doc.y };
  const el = doc.struct('BlockQuote');
  parent.add(el);
  renderBlocks(ctx, el, b.blocks, inner);
  el.end();
  const to = { page: pageIndex(doc), y: doc.y - gapAfter(box, box.size) };
  const keepY = doc.y;
  for (let p = from.page; p <= to.page; p++) {
    doc.switchToPage(p);
    const top = p === from.page ? from.y : doc.page.margins.top;
    const bottom = p === to.page ? to.y : doc.page.maxY();
    if (bottom > top) artifact(doc, () => doc.rect(box.x + 2, top, 3, bottom - top).fill(COLOR.border));
  }
  doc.y = keepY;
}

/** A thin decorative line across the box at `y` (an artifact: not part of the text's structure). */
function hairline({ doc }: Ctx, box: Box, y: number) {
  artifact(doc, () => {
    doc
      .save()
      .lineWidth(0.75)
      .strokeColor(COLOR.border)
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .stroke()
      .restore();
  });
}

function rule(ctx: Ctx, box: Box) {
  const { doc } = ctx;
  hairline(ctx, box, doc.y + box.size * 0.5);
  doc.y += box.size * 1.3;
}

/** A table inside a table cell: each row as a line of text (nested grids are rare and don't fit). */
const rowsAsParagraphs = (t: TableBlock): Block[] =>
  t.rows.map((row) => ({
    kind: 'paragraph',
    style: 'normal',
    inlines: [{ text: row.map((c) => c.blocks.map(blockText).join(' ')).join(' · ') }],
  }));

/** The height of a block's first lines: what must fit on the page together with a heading above it. */
export function startHeight(ctx: Ctx, b: Block, box: Box): number {
  const { doc } = ctx;
  switch (b.kind) {
    case 'paragraph': {
      const size = box.size * PARA[b.style].scale;
      const base = { bold: box.bold || PARA[b.style].bold, italic: PARA[b.style].italic };
      return countLines(doc, b.inlines, box.width, size, base, 2) * metrics(doc, size).lh;
    }
    case 'heading':
      return headingHeight(doc, plain(b.inlines), b.level, box.width) + HEAD[b.level].after;
    case 'list': {
      const first = b.items[0]?.[0];
      return first ? startHeight(ctx, first, itemBox(box)) : 0;
    }
    case 'quote':
      return b.blocks[0] ? startHeight(ctx, b.blocks[0], box) : 0;
    case 'table':
      return box.cell
        ? measureBlocks(ctx, rowsAsParagraphs(b).slice(0, 2), box)
        : ctx.tableStart(ctx, b, box);
    case 'rule':
      return box.size * 1.3;
  }
}

/** The full height of blocks in a table cell (mirrors what renderBlocks does there). */
export function measureBlocks(ctx: Ctx, blocks: readonly Block[], box: Box): number {
  const { doc } = ctx;
  let h = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const size = box.size * PARA[b.style].scale;
      const base = { bold: box.bold || PARA[b.style].bold, italic: PARA[b.style].italic };
      h += countLines(doc, b.inlines, box.width, size, base) * metrics(doc, size).lh + gapAfter(box, size);
    } else if (b.kind === 'heading') {
      const hd = HEAD[b.level];
      h += hd.before + headingHeight(doc, plain(b.inlines), b.level, box.width) + hd.after;
    } else if (b.kind === 'list') {
      const inner = itemBox(box);
      const { lh } = metrics(doc, box.size);
      for (const item of b.items) h += Math.max(lh, measureBlocks(ctx, item, inner));
    } else if (b.kind === 'quote')
      h += measureBlocks(ctx, b.blocks, { ...box, width: box.width - box.size * 1.2 });
    else if (b.kind === 'table') h += measureBlocks(ctx, rowsAsParagraphs(b), box);
    else h += box.size * 1.3;
  }
  return h;
}

export function renderBlock(ctx: Ctx, parent: Struct, b: Block, next: Block | undefined, box: Box) {
  switch (b.kind) {
    case 'heading':
      return heading(ctx, parent, b, next, box);
    case 'paragraph':
      return paragraph(ctx, parent, b, box);
    case 'list':
      return list(ctx, parent, b, box);
    case 'quote':
      return quote(ctx, parent, b, box);
    case 'rule':
      return rule(ctx, box);
    case 'table':
      return box.cell ? renderBlocks(ctx, parent, rowsAsParagraphs(b), box) : ctx.table(ctx, parent, b, box);
  }
}

export function renderBlocks(ctx: Ctx, parent: Struct, blocks: readonly Block[], box: Box) {
  blocks.forEach((b, i) => {
    renderBlock(ctx, parent, b, blocks[i + 1], box);
  });
}
