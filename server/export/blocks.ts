import type { JSONContent } from '@tiptap/core';

/**
 * The document content every export format writes: a small, typed block tree made from the
 * stored ProseMirror JSON (see `fromProseMirror`). Writers only know these kinds, so a node the
 * schema gains later is handled here once, not in five writers.
 */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** An absolute URL, or `#anchor` for a place inside the exported document. */
  href?: string;
  /** A line break inside the paragraph (text is then empty). */
  lineBreak?: boolean;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: Block[];
}

/**
 * `style` of a paragraph: `status` is the small line under a section title; `note` is quieter text
 * (an empty section, who wrote a comment); `lead` is emphasised (a decision's wording).
 */
export type ParagraphStyle = 'normal' | 'status' | 'note' | 'lead';

export type Block =
  | { kind: 'heading'; level: HeadingLevel; id: string; inlines: Inline[] }
  | { kind: 'paragraph'; style: ParagraphStyle; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' }
  | { kind: 'table'; caption: string; rows: TableCell[][] };

export const text = (value: string, marks: Omit<Inline, 'text'> = {}): Inline => ({ text: value, ...marks });
export const paragraph = (value: string | Inline[], style: ParagraphStyle = 'normal'): Block => ({
  kind: 'paragraph',
  style,
  inlines: typeof value === 'string' ? [text(value)] : value,
});
export const heading = (level: HeadingLevel, id: string, value: string): Block => ({
  kind: 'heading',
  level,
  id,
  inlines: [text(value)],
});
export const cell = (value: string, header = false): TableCell => ({
  header,
  colspan: 1,
  rowspan: 1,
  blocks: [paragraph(value)],
});

/** The plain text of some inlines (line breaks become spaces). */
export const plain = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.lineBreak ? ' ' : i.text)).join('');

/** The plain text of a block, its parts joined by spaces (for measuring, and for nested tables in the PDF). */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
      return plain(b.inlines);
    case 'list':
      return b.items.map((i) => i.map(blockText).join(' ')).join(' ');
    case 'quote':
      return b.blocks.map(blockText).join(' ');
    case 'table':
      return b.rows.map((r) => r.map((c) => c.blocks.map(blockText).join(' ')).join(' ')).join(' ');
    case 'rule':
      return '';
  }
}

export interface FromProseMirrorOptions {
  /** The level of the heading the text sits under (the section title, 1); the text's headings go below it. */
  headingOffset: number;
  /** Turns a stored link into what the export links to (an internal `#anchor`, an absolute URL, or null). */
  link: (href: string) => string | null;
  /** Makes heading ids unique across the whole export. */
  headingId: (title: string) => string;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

interface Walk extends FromProseMirrorOptions {
  /** The export level of the next heading, from the level the writer chose (see `headingLevels`). */
  nextLevel: (written: number) => HeadingLevel;
}

/**
 * Heading levels that never skip one: a heading goes one level below the nearest heading before it
 * that the writer gave a higher level (a smaller number), or right under the section title. So a
 * writer's first "Kop 2" is the level under the section, not two levels under it, and a "Kop 3"
 * under it the level after that, as screen readers and outlines expect.
 */
export function headingLevels(top: number): (written: number) => HeadingLevel {
  const open: number[] = [];
  return (written) => {
    while (open.length > 0 && (open.at(-1) ?? 0) >= written) open.pop();
    open.push(written);
    return Math.min(4, Math.max(1, top + open.length)) as HeadingLevel;
  };
}

function inlines(nodes: readonly JSONContent[] | undefined, o: FromProseMirrorOptions): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'hardBreak') {
      out.push({ text: '', lineBreak: true });
      continue;
    }
    if (n.type !== 'text' || !n.text) continue;
    const inline: Inline = { text: n.text };
    for (const m of n.marks ?? []) {
      if (m.type === 'bold') inline.bold = true;
      else if (m.type === 'italic') inline.italic = true;
      else if (m.type === 'underline') inline.underline = true;
      else if (m.type === 'strike') inline.strike = true;
      else if (m.type === 'link' && typeof m.attrs?.href === 'string') {
        const href = o.link(m.attrs.href);
        if (href) inline.href = href;
      }
    }
    out.push(inline);
  }
  return out;
}

function block(n: JSONContent, o: Walk): Block[] {
  switch (n.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', style: 'normal', inlines: inlines(n.content, o) }];
    case 'heading': {
      const level = o.nextLevel(num(n.attrs?.level, 1));
      const content = inlines(n.content, o);
      return [{ kind: 'heading', level, id: o.headingId(plain(content)), inlines: content }];
    }
    case 'bulletList':
    case 'orderedList':
      return [
        {
          kind: 'list',
          ordered: n.type === 'orderedList',
          start: num(n.attrs?.start, 1),
          items: (n.content ?? []).map((item) => blocks(item.content, o)),
        },
      ];
    case 'blockquote':
      return [{ kind: 'quote', blocks: blocks(n.content, o) }];
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'table':
      return [
        {
          kind: 'table',
          caption: '',
          rows: (n.content ?? []).map((row) =>
            (row.content ?? []).map((c) => ({
              header: c.type === 'tableHeader',
              colspan: num(c.attrs?.colspan, 1),
              rowspan: num(c.attrs?.rowspan, 1),
              blocks: blocks(c.content, o),
            })),
          ),
        },
      ];
    default:
      // Unknown nodes keep their text rather than disappear.
      return n.content ? blocks(n.content, o) : [];
  }
}

function blocks(nodes: readonly JSONContent[] | undefined, o: Walk): Block[] {
  return (nodes ?? []).flatMap((n) => block(n, o));
}

/** A section's stored text (ProseMirror JSON of the shared schema) as export blocks. */
export function fromProseMirror(doc: JSONContent, o: FromProseMirrorOptions): Block[] {
  return blocks(doc.content, { ...o, nextLevel: headingLevels(o.headingOffset) });
}

/** True when blocks hold no visible text (an empty section still exports, with a note). */
export function isEmpty(content: readonly Block[]): boolean {
  return content.every((b) => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        return plain(b.inlines).trim() === '';
      case 'list':
        return b.items.every(isEmpty);
      case 'quote':
        return isEmpty(b.blocks);
      case 'table':
        return b.rows.every((r) => r.every((c) => isEmpty(c.blocks)));
      case 'rule':
        return true;
      default:
        return true;
    }
  });
}
