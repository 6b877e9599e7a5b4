import type PDFDocument from 'pdfkit';
import type { Block, HeadingLevel, Inline } from './blocks';
import { FONT } from './pdfFonts';
import { EXPORT_THEME as T } from './theme';

export type Doc = typeof PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
export type TableBlock = Extract<Block, { kind: 'table' }>;

export const COLOR = {
  text: `#${T.text}`,
  subtle: `#${T.subtle}`,
  border: `#${T.border}`,
  head: `#${T.headerBg}`,
  link: `#${T.link}`,
} as const;

export { FONT } from './pdfFonts';

export const fontOf = (bold?: boolean, italic?: boolean): string =>
  bold ? (italic ? FONT.boldItalic : FONT.bold) : italic ? FONT.italic : FONT.regular;

const LEADING = 1.4;

/** Where a run of blocks goes: its column, base font size, and whether it sits in a list item or table cell. */
export interface Box {
  x: number;
  width: number;
  size: number;
  /** Smaller gaps between paragraphs (list items, table cells). */
  tight?: boolean;
  /** Inside a table cell: no page breaks, and nested tables become lines of text. */
  cell?: boolean;
  bold?: boolean;
  /** List nesting depth, for the bullet shape. */
  depth?: number;
}

export interface Ctx {
  doc: Doc;
  /** Heading ids in the body; a `#anchor` link to anything else is written as plain text. */
  ids: ReadonlySet<string>;
  /** The Link element being written, so an internal-link annotation can join it (see pdf.ts). */
  link: Struct | null;
  onHeading: (id: string, level: HeadingLevel, title: string) => void;
  table: (ctx: Ctx, parent: Struct, table: TableBlock, box: Box) => void;
  /** The height of a table's caption, header and first row: what must fit under a heading. */
  tableStart: (ctx: Ctx, table: TableBlock, box: Box) => number;
}

export function metrics(doc: Doc, size: number, font: string = FONT.regular) {
  doc.font(font).fontSize(size);
  const natural = doc.currentLineHeight(true);
  const gap = Math.max(0, size * LEADING - natural);
  return { gap, lh: natural + gap };
}

export const atTop = (doc: Doc) => doc.y <= doc.page.margins.top + 1;

/** A new page when `height` no longer fits (never twice in a row: a block taller than a page just flows). */
export function ensure(doc: Doc, height: number) {
  if (doc.y + height > doc.page.maxY() && !atTop(doc)) doc.addPage();
}

export function pageIndex(doc: Doc) {
  const r = doc.bufferedPageRange();
  return r.start + r.count - 1;
}

/** Decoration (rules, bars, shading, footers) is not content: screen readers skip artifacts. */
export function artifact(doc: Doc, draw: () => void) {
  doc.markContent('Artifact');
  draw();
  doc.endMarkedContent();
}

type AnnotationWithParent = PDFKit.Mixins.AnnotationOption & { structParent: Struct };
export const withParent = (
  options: PDFKit.Mixins.AnnotationOption | undefined,
  parent: Struct,
): AnnotationWithParent => ({
  ...options,
  structParent: parent,
});

export function splitLines(inlines: readonly Inline[]): Inline[][] {
  let current: Inline[] = [];
  const out = [current];
  for (const i of inlines) {
    if (!i.lineBreak) current.push(i);
    else {
      current = [];
      out.push(current);
    }
  }
  return out;
}

/** How many lines some inlines take at a width (greedy, word by word, each run in its own font). */
export function countLines(
  doc: Doc,
  inlines: readonly Inline[],
  width: number,
  size: number,
  base: { bold?: boolean | undefined; italic?: boolean | undefined },
  limit = 1e9,
) {
  let lines = 0;
  for (const line of splitLines(inlines)) {
    let x = 0;
    lines++;
    for (const r of line) {
      doc.font(fontOf(base.bold || r.bold, base.italic || r.italic)).fontSize(size);
      for (const piece of r.text.split(/(?<=\s)/)) {
        const word = piece.trimEnd();
        const w = doc.widthOfString(word);
        if (x > 0 && x + w > width) {
          lines++;
          x = 0;
        }
        x += w + (piece.length > word.length ? doc.widthOfString(piece.slice(word.length)) : 0);
      }
      if (lines >= limit) return limit;
    }
  }
  return lines;
}

type Target = { link: string } | { goTo: string } | null;
function target(ctx: Ctx, href: string | undefined): Target {
  if (!href) return null;
  if (!href.startsWith('#')) return { link: href };
  const id = href.slice(1);
  return ctx.ids.has(id) ? { goTo: id } : null;
}

export interface RunStyle {
  x: number;
  width: number;
  size: number;
  color: string;
  bold?: boolean | undefined;
  italic?: boolean;
}

/** Rich text as one flow of pdfkit `continued` segments; each link becomes its own Link element. */
export function writeRuns(ctx: Ctx, el: Struct, inlines: readonly Inline[], s: RunStyle) {
  const { doc } = ctx;
  const { gap, lh } = metrics(doc, s.size);
  for (const line of splitLines(inlines)) {
    const runs = line.filter((r) => r.text !== '');
    if (runs.length === 0) doc.y += lh;
    runs.forEach((r, i) => {
      const to = target(ctx, r.href);
      const options: PDFKit.Mixins.TextOptions = {
        width: s.width,
        lineGap: gap,
        continued: i < runs.length - 1,
        underline: Boolean(r.underline || to),
        strike: Boolean(r.strike),
        ...to,
      };
      const draw = () => {
        doc
          .font(fontOf(s.bold || r.bold, s.italic || r.italic))
          .fontSize(s.size)
          .fillColor(to ? COLOR.link : s.color);
        if (i === 0) doc.text(r.text, s.x, doc.y, options);
        else doc.text(r.text, options);
      };
      if (!to) {
        el.add(draw);
        return;
      }
      const link = doc.struct('Link');
      el.add(link);
      ctx.link = link;
      link.add(draw);
      ctx.link = null;
      link.end();
    });
  }
}
