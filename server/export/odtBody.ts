import type { Block, Inline, ParagraphStyle, TableCell } from './blocks';
import { columnWidths, placeCells } from './columns';
import { notoMeasure } from './fonts';
import { BORDER, BULLET_LIST, NUMBER_LIST, TEXT_WIDTH_CM } from './odtStyles';
import { attr, ParagraphText } from './odtXml';
import { EXPORT_THEME as T } from './theme';

/**
 * The body of content.xml: export blocks as ODF text. Formatting that is not a named style (bold,
 * italic, table widths, cell borders) becomes automatic styles, collected while writing.
 */
export class OdtBody {
  private readonly textStyles = new Set<string>();
  private readonly columnStyles: string[] = [];
  private tables = 0;

  /** Automatic styles for content.xml, for whatever the written blocks used. */
  automaticStyles(extra = ''): string {
    const text = [...this.textStyles].map((name) => {
      const props = [
        name.includes('b')
          ? 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
          : '',
        name.includes('i')
          ? 'fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
          : '',
        name.includes('u')
          ? 'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'
          : '',
        name.includes('s')
          ? 'style:text-line-through-style="solid" style:text-line-through-type="single"'
          : '',
      ].filter(Boolean);
      return `<style:style style:name="${name}" style:family="text"><style:text-properties ${props.join(' ')}/></style:style>`;
    });
    const cell = (name: string, background: string) =>
      `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.1cm" fo:padding-bottom="0.06cm" fo:padding-left="0.15cm" fo:padding-right="0.15cm" fo:border="${BORDER}" fo:background-color="${background}"/></style:style>`;
    return (
      '<office:automatic-styles>' +
      `<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM}cm" table:align="margins" fo:margin-top="0cm" fo:margin-bottom="0.4cm"/></style:style>` +
      cell('Cell', 'transparent') +
      cell('HeadCell', `#${T.headerBg}`) +
      this.columnStyles.join('') +
      text.join('') +
      extra +
      '</office:automatic-styles>'
    );
  }

  /** The paragraph content of some inlines; consecutive pieces with the same link share one `text:a`. */
  inlines(inlines: readonly Inline[]): string {
    const writer = new ParagraphText();
    let out = '';
    for (let i = 0; i < inlines.length; ) {
      const href = inlines[i]?.href;
      let runs = '';
      for (; i < inlines.length && inlines[i]?.href === href; i++) {
        const piece = inlines[i];
        if (piece) runs += this.run(piece, writer);
      }
      out += href
        ? `<text:a xlink:type="simple" xlink:href="${attr(href)}" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">${runs}</text:a>`
        : runs;
    }
    return out;
  }

  private run(i: Inline, writer: ParagraphText): string {
    if (i.lineBreak) return writer.lineBreak();
    const xml = writer.write(i.text);
    const flags = `${i.bold ? 'b' : ''}${i.italic ? 'i' : ''}${i.underline ? 'u' : ''}${i.strike ? 's' : ''}`;
    if (!flags || xml === '') return xml;
    const name = `T_${flags}`;
    this.textStyles.add(name);
    return `<text:span text:style-name="${name}">${xml}</text:span>`;
  }

  paragraph(style: string, inlines: readonly Inline[]): string {
    return `<text:p text:style-name="${style}">${this.inlines(inlines)}</text:p>`;
  }

  /** `normal` is the style a plain paragraph gets where it stands (body, list, table cell, quote). */
  blocks(blocks: readonly Block[], normal = 'Text_20_body', depth = 0): string {
    return blocks.map((b) => this.block(b, normal, depth)).join('');
  }

  private block(b: Block, normal: string, depth: number): string {
    switch (b.kind) {
      case 'heading':
        return `<text:h text:style-name="Heading_20_${b.level}" text:outline-level="${b.level}"><text:bookmark text:name="${attr(b.id)}"/>${this.inlines(b.inlines)}</text:h>`;
      case 'paragraph':
        return this.paragraph(paragraphStyle(b.style, normal), b.inlines);
      case 'list':
        return this.list(b, normal, depth);
      case 'quote':
        return this.blocks(b.blocks, 'Quotations', depth);
      case 'rule':
        return '<text:p text:style-name="Horizontal_20_Line"/>';
      case 'table':
        return this.table(b.caption, b.rows);
    }
  }

  private list(b: Extract<Block, { kind: 'list' }>, normal: string, depth: number): string {
    const inner = normal === 'Text_20_body' ? 'List_20_Contents' : normal;
    const items = b.items.map((item, n) => {
      const start = b.ordered && n === 0 ? ` text:start-value="${b.start}"` : '';
      const content =
        item.length > 0 ? this.blocks(item, inner, depth + 1) : `<text:p text:style-name="${inner}"/>`;
      return `<text:list-item${start}>${content}</text:list-item>`;
    });
    return `<text:list text:style-name="${b.ordered ? NUMBER_LIST : BULLET_LIST}">${items.join('')}</text:list>`;
  }

  private table(caption: string, rows: readonly TableCell[][]): string {
    const grid = layout(rows);
    const width = Math.max(1, ...grid.map((r) => r.length));
    const name = `Tabel${++this.tables}`;
    const columns = tableColumns(rows, width).map((cm, k) => {
      const style = `${name}.C${k + 1}`;
      this.columnStyles.push(
        `<style:style style:name="${style}" style:family="table-column"><style:table-column-properties style:column-width="${cm.toFixed(3)}cm" style:rel-column-width="${Math.round(cm * 1000)}*"/></style:style>`,
      );
      return `<table:table-column table:style-name="${style}"/>`;
    });
    const rowXml = grid.map((row) => {
      const cells = [...row];
      while (cells.length < width) cells.push({ kind: 'empty' });
      return `<table:table-row>${cells.map((c) => this.cell(c)).join('')}</table:table-row>`;
    });
    const headers = rows.findIndex((r) => r.length === 0 || r.some((c) => !c.header));
    const headerCount = headers === -1 ? rows.length : headers;
    const head =
      headerCount > 0
        ? `<table:table-header-rows>${rowXml.slice(0, headerCount).join('')}</table:table-header-rows>`
        : '';
    const captionXml = caption.trim() ? this.paragraph('Table', [{ text: caption }]) : '';
    return (
      `${captionXml}<table:table table:name="${name}" table:style-name="Tbl">` +
      columns.join('') +
      `${head}${rowXml.slice(headerCount).join('')}</table:table>`
    );
  }

  private cell(c: Slot): string {
    if (c.kind === 'covered') return '<table:covered-table-cell/>';
    if (c.kind === 'empty')
      return '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents"/></table:table-cell>';
    const { cell, rowspan } = c;
    const spans =
      (cell.colspan > 1 ? ` table:number-columns-spanned="${cell.colspan}"` : '') +
      (rowspan > 1 ? ` table:number-rows-spanned="${rowspan}"` : '');
    const normal = cell.header ? 'Table_20_Heading' : 'Table_20_Contents';
    const content =
      cell.blocks.length > 0 ? this.blocks(cell.blocks, normal) : `<text:p text:style-name="${normal}"/>`;
    return `<table:table-cell table:style-name="${cell.header ? 'HeadCell' : 'Cell'}" office:value-type="string"${spans}>${content}</table:table-cell>`;
  }
}

const CM = 72 / 2.54;
/** The cells' padding (see the Cell style), in points. */
const CELL_PAD = 0.15 * CM;

/** Column widths in cm, sized to the text as the PDF sizes them (table text is 11 pt Noto Sans, as the body). */
function tableColumns(rows: readonly TableCell[][], width: number): number[] {
  const widths = columnWidths(placeCells(rows).rows, width, {
    total: TEXT_WIDTH_CM * CM,
    pad: CELL_PAD,
    minText: 11,
    measure: notoMeasure(11),
  });
  return widths.map((pt) => pt / CM);
}

function paragraphStyle(style: ParagraphStyle, normal: string): string {
  // Inside a quote every paragraph keeps the quote's indent and border.
  if (normal === 'Quotations') return style === 'note' ? 'Quotation_20_Note' : normal;
  switch (style) {
    case 'normal':
      return normal;
    case 'status':
      return 'Status';
    case 'note':
      return 'Note';
    case 'lead':
      return 'Lead';
  }
}

type Slot = { kind: 'cell'; cell: TableCell; rowspan: number } | { kind: 'covered' } | { kind: 'empty' };

/**
 * Places cells on the table's grid. ProseMirror leaves out the places a cell from a row above
 * spans into; ODF wants a covered cell in each of them, and for the places a colspan covers.
 */
function layout(rows: readonly TableCell[][]): Slot[][] {
  const coveredUntil: number[] = [];
  const covered = (col: number, r: number) => (coveredUntil[col] ?? -1) >= r;
  return rows.map((row, r) => {
    const out: Slot[] = [];
    let col = 0;
    for (const cell of row) {
      while (covered(col, r)) {
        out.push({ kind: 'covered' });
        col++;
      }
      const colspan = Math.max(1, Math.floor(cell.colspan));
      const rowspan = Math.min(Math.max(1, Math.floor(cell.rowspan)), rows.length - r);
      out.push({ kind: 'cell', cell: { ...cell, colspan }, rowspan });
      for (let k = 0; k < colspan; k++) {
        if (k > 0) out.push({ kind: 'covered' });
        coveredUntil[col + k] = Math.max(coveredUntil[col + k] ?? -1, r + rowspan - 1);
      }
      col += colspan;
    }
    for (; col < coveredUntil.length; col++)
      out.push(covered(col, r) ? { kind: 'covered' } : { kind: 'empty' });
    return out;
  });
}
