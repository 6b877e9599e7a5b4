import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  type ILevelsOptions,
  InternalHyperlink,
  LevelFormat,
  type NumberingDefinition,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Inline, ParagraphStyle } from './blocks';
import { placeCells } from './columns';
import { columnCount, tableColumns } from './docxGrid';
import { EXPORT_THEME as T } from './theme';

/** A4 with 2,5 cm margins: the width text and tables can use, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1417;
/** How far each list level and a quote move text in, in twips. */
const STEP = 397;
const HANGING = 340;

export const PARAGRAPH_STYLE: Record<ParagraphStyle, string | undefined> = {
  normal: undefined,
  status: 'Status',
  note: 'Note',
  lead: 'Lead',
};

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/**
 * Word ignores bookmarks whose names are longer than 40 characters or start with a digit or "_", so a
 * heading id that is not a usable name gets a shortened one; links and the table of contents use the same.
 */
export function bookmarkNames(ids: readonly string[]): Map<string, string> {
  const usable = (id: string) => /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(id);
  const names = new Map<string, string>();
  const taken = new Set(ids.filter(usable));
  for (const id of ids) {
    if (usable(id)) {
      names.set(id, id);
      continue;
    }
    const base = `h_${id.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 34);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}

/** Every heading id in the blocks, wherever a heading sits (a heading inside a list or table cell too). */
export function headingIds(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.id];
      case 'list':
        return b.items.flatMap(headingIds);
      case 'quote':
        return headingIds(b.blocks);
      case 'table':
        return b.rows.flatMap((r) => r.flatMap((c) => headingIds(c.blocks)));
      default:
        return [];
    }
  });
}

export interface RenderContext {
  /** The bookmark name of a heading id, or undefined when the export has no such heading. */
  bookmark: (id: string) => string | undefined;
  /** Numbering definitions made while rendering: one per list, so each list counts on its own. */
  lists: NumberingDefinition[];
}

/** Where blocks are written: how far in, and whether inside a quote (which draws a line on the left). */
interface Place {
  indent: number;
  quote: boolean;
  listLevel: number;
  cell: boolean;
}

const TOP: Place = { indent: 0, quote: false, listLevel: 0, cell: false };
const CELL: Place = { ...TOP, cell: true };

/** Characters XML 1.0 does not allow (pasted control characters): Word refuses a file that has them. */
export const clean = (text: string) =>
  text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );

function run(i: Inline, link: boolean): TextRun {
  if (i.lineBreak) return new TextRun({ break: 1 });
  return new TextRun({
    text: clean(i.text),
    bold: i.bold,
    italics: i.italic,
    underline: i.underline ? {} : undefined,
    strike: i.strike,
    style: link ? 'Hyperlink' : undefined,
  });
}

/** Runs of a paragraph; neighbouring inlines with the same link become one hyperlink. */
export function runs(inlines: readonly Inline[], ctx: RenderContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let k = 0; k < inlines.length; ) {
    const href = inlines[k]?.href;
    const group: Inline[] = [];
    for (let i = inlines[k]; i && i.href === href; i = inlines[++k]) group.push(i);
    if (!href) {
      out.push(...group.map((i) => run(i, false)));
      continue;
    }
    const children = group.map((i) => run(i, true));
    if (!href.startsWith('#')) out.push(new ExternalHyperlink({ link: href, children }));
    else {
      const anchor = ctx.bookmark(href.slice(1));
      if (anchor) out.push(new InternalHyperlink({ anchor, children }));
      else out.push(...group.map((i) => run(i, false)));
    }
  }
  return out;
}

const quoteBorder = {
  left: { style: BorderStyle.SINGLE, size: 18, color: T.border, space: 10 },
};

function bulletLevel(level: number): ILevelsOptions {
  return {
    level,
    format: LevelFormat.BULLET,
    text: ['•', '–', '▪'][level % 3],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: STEP * (level + 1), hanging: HANGING } } },
  };
}

function orderedLevel(level: number, start: number): ILevelsOptions {
  return {
    level,
    // Decimal at every depth, as the editor shows nested numbered lists.
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: STEP * (level + 1), hanging: HANGING } } },
  };
}

function list(b: Extract<Block, { kind: 'list' }>, ctx: RenderContext, at: Place): (Paragraph | Table)[] {
  const reference = `list-${ctx.lists.length + 1}`;
  const levels = Array.from({ length: 9 }, (_, l) => (b.ordered ? orderedLevel(l, b.start) : bulletLevel(l)));
  ctx.lists.push({ reference, levels });
  const level = Math.min(8, at.listLevel);
  const inner: Place = { ...at, indent: at.indent + STEP, listLevel: level + 1 };
  const out: (Paragraph | Table)[] = [];
  for (const item of b.items) {
    const [first, ...rest] = item;
    const numbering = { reference, level };
    const indent = { left: inner.indent, hanging: HANGING };
    if (first?.kind === 'paragraph') {
      out.push(paragraphOf(first.inlines, PARAGRAPH_STYLE[first.style], ctx, at, { numbering, indent }));
      out.push(...blocks(rest, ctx, inner));
    } else {
      // An item that starts with a list or table still shows its number, on a line of its own.
      out.push(paragraphOf([], undefined, ctx, at, { numbering, indent }));
      out.push(...blocks(item, ctx, inner));
    }
  }
  return out;
}

interface Extra {
  numbering?: { reference: string; level: number };
  indent?: { left: number; hanging?: number };
}

function paragraphOf(
  inlines: readonly Inline[],
  style: string | undefined,
  ctx: RenderContext,
  at: Place,
  extra: Extra = {},
): Paragraph {
  const indent = extra.indent ?? (at.indent > 0 ? { left: at.indent } : undefined);
  return new Paragraph({
    style:
      style ?? (extra.numbering ? 'ListParagraph' : at.quote ? 'Quote' : at.cell ? 'TableText' : undefined),
    children: runs(inlines, ctx),
    numbering: extra.numbering,
    indent,
    border: at.quote ? quoteBorder : undefined,
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: T.border };

function table(b: Extract<Block, { kind: 'table' }>, ctx: RenderContext, at: Place): (Paragraph | Table)[] {
  if (b.rows.length === 0) return [];
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ style: 'Caption', text: clean(b.caption), keepNext: true }));
  const columns = columnCount(b.rows);
  const width = TEXT_WIDTH - at.indent;
  const placed = placeCells(b.rows).rows;
  const grid = tableColumns(placed, columns, width);
  const spanned = (r: number, k: number) => {
    const p = placed[r]?.[k];
    return p ? grid.slice(p.col, p.col + p.span).reduce((s, w) => s + w, 0) : undefined;
  };
  // Only a run of header rows at the top repeats on each page, as Word allows.
  let headerRows = 0;
  while (b.rows[headerRows]?.every((c) => c.header)) headerRows++;
  const rows = b.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < headerRows ? true : undefined,
        cantSplit: true,
        children: row.map((c, k) => {
          const cellWidth = spanned(r, k);
          const body = blocks(c.header ? boldBlocks(c.blocks) : c.blocks, ctx, CELL);
          if (!(body.at(-1) instanceof Paragraph)) body.push(new Paragraph({ style: 'TableText' }));
          return new TableCell({
            children: body,
            columnSpan: c.colspan > 1 ? c.colspan : undefined,
            rowSpan: c.rowspan > 1 ? c.rowspan : undefined,
            width: cellWidth === undefined ? undefined : { size: cellWidth, type: WidthType.DXA },
            shading: c.header ? { type: ShadingType.CLEAR, fill: T.headerBg, color: 'auto' } : undefined,
          });
        }),
      }),
  );
  out.push(
    new Table({
      rows,
      width: { size: width, type: WidthType.DXA },
      columnWidths: grid,
      indent: at.indent > 0 ? { size: at.indent, type: WidthType.DXA } : undefined,
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    }),
  );
  // Word joins two tables that follow each other; a small paragraph keeps them apart and spaces the text.
  out.push(new Paragraph({ style: 'AfterTable' }));
  return out;
}

/** Header cell text is bold in the file itself, so it stays bold wherever the styles are lost. */
function boldBlocks(list: readonly Block[]): Block[] {
  return list.map((b) =>
    b.kind === 'paragraph' ? { ...b, inlines: b.inlines.map((i) => ({ ...i, bold: true })) } : b,
  );
}

function block(b: Block, ctx: RenderContext, at: Place): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading': {
      const name = ctx.bookmark(b.id);
      const children = runs(b.inlines, ctx);
      return [
        new Paragraph({
          heading: HEADINGS[b.level - 1],
          pageBreakBefore: b.level === 1,
          children: name ? [new Bookmark({ id: name, children })] : children,
        }),
      ];
    }
    case 'paragraph':
      return [paragraphOf(b.inlines, PARAGRAPH_STYLE[b.style], ctx, at)];
    case 'list':
      return list(b, ctx, at);
    case 'quote':
      return blocks(b.blocks, ctx, { ...at, indent: at.indent + STEP, quote: true });
    case 'rule':
      return [new Paragraph({ style: 'Rule', indent: at.indent > 0 ? { left: at.indent } : undefined })];
    case 'table':
      return table(b, ctx, at);
  }
}

/** Export blocks as Word paragraphs and tables. */
export function blocks(list: readonly Block[], ctx: RenderContext, at: Place = TOP): (Paragraph | Table)[] {
  return list.flatMap((b) => block(b, ctx, at));
}
