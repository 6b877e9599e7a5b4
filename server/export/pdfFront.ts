import { longDate } from './labels';
import type { ExportMeta, ExportModel, TocEntry } from './model';
import {
  artifact,
  type Box,
  COLOR,
  type Doc,
  FONT,
  metrics,
  pageIndex,
  type Struct,
  withParent,
} from './pdfText';

export const MARGIN = { top: 72, bottom: 72, left: 72, right: 72 };
const NUMBER_WIDTH = 32;

function hline(doc: Doc, x: number, y: number, width: number, weight = 0.75) {
  artifact(doc, () => {
    doc
      .save()
      .lineWidth(weight)
      .strokeColor(COLOR.border)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke()
      .restore();
  });
}

function tagged(doc: Doc, parent: Struct, type: string, draw: () => void) {
  const el = doc.struct(type);
  parent.add(el);
  el.add(draw);
  el.end();
  return el;
}

export function titlePage(doc: Doc, root: Struct, meta: ExportMeta, box: Box) {
  const { x, width } = box;
  artifact(doc, () => doc.rect(x, 150, 56, 5).fill(COLOR.text));
  doc.y = 176;
  tagged(doc, root, 'H1', () => {
    doc.font(FONT.bold).fontSize(30).fillColor(COLOR.text).text(meta.title, x, doc.y, { width, lineGap: 2 });
  });
  doc.y += 10;
  tagged(doc, root, 'P', () => {
    doc.font(FONT.regular).fontSize(14).fillColor(COLOR.subtle).text(meta.subtitle, x, doc.y, { width });
  });
  doc.y += 44;
  const table = doc.struct('Table');
  root.add(table);
  hline(doc, x, doc.y, width, 0.5);
  const labelWidth = 130;
  for (const fact of meta.facts) {
    const y = doc.y + 7;
    const tr = doc.struct('TR');
    table.add(tr);
    const th: PDFKit.Mixins.StructureElementOptions & { scope: 'Row' } = { scope: 'Row' };
    const cell = doc.struct('TH', th);
    tr.add(cell);
    cell.add(() => {
      doc
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(COLOR.subtle)
        .text(fact.label, x, y + 1, { width: labelWidth - 10 });
    });
    cell.end();
    const labelBottom = doc.y;
    tagged(doc, tr, 'TD', () => {
      const { gap } = metrics(doc, 11.5);
      doc
        .fillColor(COLOR.text)
        .text(fact.value, x + labelWidth, y, { width: width - labelWidth, lineGap: gap });
    });
    tr.end();
    doc.y = Math.max(doc.y, labelBottom) + 7;
    hline(doc, x, doc.y, width, 0.5);
  }
  table.end();
  const generated = meta.labels.generated(longDate(meta.generatedAt, meta.lang));
  tagged(doc, root, 'P', () => {
    doc.font(FONT.regular).fontSize(9).fillColor(COLOR.subtle);
    doc.text(generated, x, doc.page.maxY() - 12, { lineBreak: false });
  });
}

const TOC_STYLE = {
  1: { font: FONT.bold, size: 11, indent: 0, before: 9 },
  2: { font: FONT.regular, size: 10.5, indent: 16, before: 2 },
} as const;
const TOC_HEAD = 20;

interface TocPlace {
  entry: TocEntry;
  page: number;
  y: number;
  height: number;
}

/** Where each TOC entry goes; the pages are reserved before the body, whose page numbers it shows. */
function layoutToc(doc: Doc, meta: ExportMeta, entries: readonly TocEntry[], box: Box) {
  const maxY = doc.page.maxY();
  let y =
    MARGIN.top +
    doc.font(FONT.bold).fontSize(TOC_HEAD).heightOfString(meta.labels.contents, { lineGap: 0 }) +
    18;
  let page = 0;
  const places = entries.map((entry, i): TocPlace => {
    const s = TOC_STYLE[entry.level];
    const { gap } = metrics(doc, s.size, s.font);
    const height = doc.heightOfString(entry.title, {
      width: box.width - s.indent - NUMBER_WIDTH,
      lineGap: gap,
    });
    const before = i === 0 ? 0 : s.before;
    if (y + before + height > maxY) {
      page++;
      y = MARGIN.top;
    } else y += before;
    const place = { entry, page, y, height };
    y += height;
    return place;
  });
  return { places, pages: page + 1 };
}

export function reserveToc(doc: Doc, root: Struct, model: ExportModel, box: Box) {
  const { places, pages } = layoutToc(doc, model.meta, model.toc, box);
  // One page more than the TOC needs: the body's first page, so its first heading finds a fresh page.
  for (let i = 0; i <= pages; i++) doc.addPage();
  // H2, as the section titles: the document's title on the title page is the one H1.
  const head = doc.struct('H2');
  root.add(head);
  const toc = doc.struct('TOC');
  root.add(toc);
  return { first: pageIndex(doc) - pages, places, head, toc };
}

export function writeToc(
  doc: Doc,
  reserved: ReturnType<typeof reserveToc>,
  meta: ExportMeta,
  pageOf: Map<string, number>,
  box: Box,
) {
  const { first, places, head, toc } = reserved;
  doc.switchToPage(first);
  head.add(() => {
    const { x, width } = box;
    doc
      .font(FONT.bold)
      .fontSize(TOC_HEAD)
      .fillColor(COLOR.text)
      .text(meta.labels.contents, x, MARGIN.top, { width, lineGap: 0 });
  });
  head.end();
  hline(doc, box.x, doc.y + 4, box.width);
  for (const { entry, page, y, height } of places) {
    doc.switchToPage(first + page);
    const s = TOC_STYLE[entry.level];
    const x = box.x + s.indent;
    const width = box.width - s.indent - NUMBER_WIDTH;
    const number = String((pageOf.get(entry.id) ?? 0) + 1);
    const item = doc.struct('TOCI');
    toc.add(item);
    const link = doc.struct('Link');
    item.add(link);
    const { gap, lh } = metrics(doc, s.size, s.font);
    const numberX = box.x + box.width - doc.widthOfString(number);
    link.add(() => {
      doc.font(s.font).fontSize(s.size).fillColor(COLOR.text);
      doc.text(entry.title, x, y, { width, lineGap: gap });
      doc.text(number, numberX, y, { lineBreak: false });
    });
    doc.goTo(box.x, y, box.width, height, entry.id, withParent(undefined, link));
    link.end();
    item.end();
    const titleEnd = x + doc.font(s.font).fontSize(s.size).widthOfString(entry.title) + 6;
    if (height < lh * 1.5 && titleEnd < numberX - 10) {
      artifact(doc, () => {
        const ly = y + s.size * 1.05;
        doc.save().lineWidth(0.8).lineCap('round').dash(0.01, { space: 3 }).strokeColor(COLOR.subtle);
        doc
          .moveTo(titleEnd, ly)
          .lineTo(numberX - 6, ly)
          .stroke()
          .undash()
          .restore();
      });
    }
  }
  toc.end();
}

/** "Pagina X van Y" on every page but the title page, with the title on the left. */
export function footers(doc: Doc, meta: ExportMeta, box: Box) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN.bottom + 26;
    hline(doc, box.x, y - 8, box.width, 0.5);
    artifact(doc, () => {
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.subtle);
      const label = meta.labels.page(i + 1, count);
      const labelWidth = doc.widthOfString(label);
      let title = meta.title;
      while (title.length > 1 && doc.widthOfString(title) > box.width - labelWidth - 24)
        title = `${title.slice(0, -2)}…`;
      doc.text(title, box.x, y, { lineBreak: false });
      doc.text(label, box.x + box.width - labelWidth, y, { lineBreak: false });
    });
  }
}
