import type { Block, Inline, TableCell } from './blocks';
import type { ExportModel } from './model';

/**
 * CommonMark with GFM tables and strikethrough. The title is `#`, so section headings are `##` and
 * deeper ones follow. Anchors are explicit `<a id>` lines, so the table of contents and decision
 * links work wherever the file is shown, whatever slug rules the viewer has.
 */

/**
 * Escapes what Markdown would read as syntax, so a resident's "*" or "#" stays a character, and
 * "<img …>" or "&amp;" is shown as typed rather than read as HTML or an entity.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=>]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

function inline(i: Inline): string {
  if (i.lineBreak) return '\\\n';
  if (!i.text) return '';
  // Marks go around the text but not around its outer spaces (Markdown needs them flush).
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(i.text) ?? [];
  if (!core) return i.text;
  let s = escapeMd(core);
  if (i.bold) s = `**${s}**`;
  if (i.italic) s = `*${s}*`;
  if (i.strike) s = `~~${s}~~`;
  if (i.underline) s = `<u>${s}</u>`;
  if (i.href) s = `[${s}](${i.href.replace(/[()\s]/g, encodeURIComponent)})`;
  return `${lead}${s}${trail}`;
}

const inlines = (list: readonly Inline[]) => list.map(inline).join('');

function cellText(c: TableCell): string {
  return c.blocks
    .map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? inlines(b.inlines) : blockText(b, '')))
    .join('<br>')
    .replace(/\n/g, ' ');
}

function table(rows: readonly TableCell[][]): string {
  // GFM tables have one header row and no spans: spanned cells repeat as empty cells.
  const width = Math.max(1, ...rows.map((r) => r.reduce((n, c) => n + c.colspan, 0)));
  const line = (cells: readonly TableCell[]) => {
    const out: string[] = [];
    for (const c of cells) out.push(cellText(c), ...Array<string>(c.colspan - 1).fill(''));
    while (out.length < width) out.push('');
    return `| ${out.join(' | ')} |`;
  };
  const [head, ...rest] = rows;
  if (!head) return '';
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

function blockText(b: Block, indent: string): string {
  switch (b.kind) {
    case 'heading':
      return `<a id="${b.id}"></a>\n\n${'#'.repeat(Math.min(6, b.level + 1))} ${inlines(b.inlines)}`;
    case 'paragraph': {
      const text = inlines(b.inlines);
      if (!text.trim()) return '';
      return b.style === 'note' || b.style === 'status' ? `*${text}*` : text;
    }
    case 'list':
      return b.items
        .map((item, n) => {
          const marker = b.ordered ? `${b.start + n}.` : '-';
          const pad = ' '.repeat(marker.length + 1);
          const body = item
            .map((x) => blockText(x, ''))
            .filter(Boolean)
            .join('\n\n')
            .split('\n')
            .map((l, k) => (k === 0 ? l : l ? `${pad}${l}` : l))
            .join('\n');
          return `${marker} ${body}`;
        })
        .join('\n')
        .split('\n')
        .map((l) => (l ? indent + l : l))
        .join('\n');
    case 'quote':
      return b.blocks
        .map((x) => blockText(x, ''))
        .filter(Boolean)
        .join('\n\n')
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'rule':
      return '---';
    case 'table':
      return [b.caption ? `*${escapeMd(b.caption)}*` : '', table(b.rows)].filter(Boolean).join('\n\n');
  }
}

/** Blocks as Markdown, for files that are not a whole document (the archive's besluitenlijst). */
export const blocksToMarkdown = (blocks: readonly Block[]) =>
  blocks
    .map((b) => blockText(b, ''))
    .filter(Boolean)
    .join('\n\n');

export async function toMarkdown(model: ExportModel): Promise<Uint8Array> {
  const { meta } = model;
  const parts = [
    `# ${escapeMd(meta.title)}`,
    escapeMd(meta.subtitle),
    meta.facts.map((f) => `- **${escapeMd(f.label)}:** ${escapeMd(f.value)}`).join('\n'),
    `**${escapeMd(meta.labels.contents)}**`,
    model.toc.map((e) => `${e.level === 2 ? '    ' : ''}- [${escapeMd(e.title)}](#${e.id})`).join('\n'),
    ...model.body.map((b) => blockText(b, '')).filter(Boolean),
    `*${escapeMd(meta.labels.generated(meta.generatedAt.slice(0, 10)))}*`,
  ];
  return new TextEncoder().encode(`${parts.join('\n\n')}\n`);
}
