import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  type IStylesOptions,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  type PageNumberEstimator,
  PageReference,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { blocks, bookmarkNames, clean, headingIds, type RenderContext, TEXT_WIDTH } from './docxParts';
import { notoFile } from './fonts';
import type { ExportMeta, ExportModel } from './model';
import { EXPORT_THEME as T } from './theme';

/**
 * Word (OOXML) export. Headings use Word's own Heading 1–4 styles, so the navigation pane and Word's
 * table of contents work; the table of contents written here is a list of links with page numbers
 * that is right the moment the file opens, without a field update.
 */

const MARGIN = 1417;
const font = T.font;
const pt = (n: number) => n * 2;

function styles(meta: ExportMeta): IStylesOptions {
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font, size: pt(size), bold: true, color: T.text },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  const quiet = { color: T.subtle };
  return {
    default: {
      document: {
        run: { font, size: pt(11), color: T.text, language: { value: meta.locale } },
        paragraph: { spacing: { after: 140, line: 336, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font, size: pt(28), bold: true, color: T.text },
        paragraph: { spacing: { before: 2800, after: 240 } },
      },
      heading1: heading(20, 0, 0),
      heading2: heading(15, 360, 1),
      heading3: heading(12.5, 280, 2),
      heading4: heading(11, 240, 3),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: T.link, underline: { type: UnderlineType.SINGLE } } },
      caption: {
        run: { ...quiet, size: pt(10), bold: true, italics: false },
        paragraph: { spacing: { before: 160, after: 80 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        run: { ...quiet, size: pt(14) },
        paragraph: { spacing: { after: 600 } },
      },
      {
        id: 'Status',
        name: 'Status',
        basedOn: 'Normal',
        run: { ...quiet, size: pt(9.5) },
        paragraph: { spacing: { after: 280 } },
      },
      { id: 'Note', name: 'Note', basedOn: 'Normal', run: { ...quiet, italics: true } },
      {
        id: 'Lead',
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: pt(12) },
        paragraph: { spacing: { before: 120 }, keepNext: true },
      },
      {
        id: 'TableText',
        name: 'Table text',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 40, line: 276 } },
      },
      { id: 'Colophon', name: 'Colophon', basedOn: 'Note', paragraph: { spacing: { before: 480 } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal' },
      {
        id: 'Rule',
        name: 'Rule',
        basedOn: 'Normal',
        paragraph: {
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: T.border, space: 1 } },
          spacing: { after: 280 },
        },
      },
      {
        id: 'AfterTable',
        name: 'After table',
        basedOn: 'Normal',
        run: { size: 2 },
        paragraph: { spacing: { after: 160, line: 240 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(20), bold: true },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: 120, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 40 }, indent: { left: 397 } },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { ...quiet, size: pt(9) },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { ...quiet, size: pt(9) },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** "Pagina X van Y" with Word's page fields in the places of the numbers, whatever the language puts around them. */
function pageLine(meta: ExportMeta): Paragraph {
  const text = meta.labels.page(918273, 546372);
  const [before = '', rest = ''] = text.split('918273');
  const [middle = '', after] = rest.split('546372');
  const children =
    after === undefined
      ? [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES]
      : [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after];
  return new Paragraph({
    style: 'Footer',
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ children })],
  });
}

function titlePage(meta: ExportMeta): (Paragraph | Table)[] {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const fact = (label: string, value: string) =>
    new TableRow({
      children: [
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: clean(label), bold: true })] })],
        }),
        new TableCell({ children: [new Paragraph(clean(value))] }),
      ],
    });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: clean(meta.title) }),
    new Paragraph({ style: 'Subtitle', text: clean(meta.subtitle) }),
    new Table({
      rows: meta.facts.map((f) => fact(f.label, f.value)),
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [2600, TEXT_WIDTH - 2600],
      borders: {
        top: none,
        bottom: none,
        left: none,
        right: none,
        insideHorizontal: none,
        insideVertical: none,
      },
    }),
  ];
}

function contents(model: ExportModel, ctx: RenderContext): Paragraph[] {
  const entries = model.toc.flatMap((e) => {
    const anchor = ctx.bookmark(e.id);
    if (!anchor) return [];
    return [
      new Paragraph({
        style: e.level === 1 ? 'TOC1' : 'TOC2',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({
            anchor,
            children: [
              new TextRun({ text: clean(e.title), bold: e.level === 1 }),
              new TextRun({ children: [new Tab()] }),
            ],
          }),
          new PageReference(anchor, { hyperlink: true }),
        ],
      }),
    ];
  });
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, text: model.meta.labels.contents }),
    ...entries,
  ];
}

let layout: PageNumberEstimator | undefined;

/**
 * Lays the pages out with the Noto Sans files, so the table of contents is written with its page numbers.
 * Office offers its own copy of Noto Sans, which the layout only accepts as a guess; it is the same font.
 */
function pageNumbers(): PageNumberEstimator {
  layout ??= estimatePageNumbersWith({
    guess: true,
    fonts: (['regular', 'italic', 'bold', 'boldItalic'] as const).map((face) => ({ data: notoFile(face) })),
  });
  const estimate = layout;
  // Page numbers are a nicety: should the layout fail on some text, the file is written with them blank.
  return (body, context) => {
    try {
      return estimate(body, context);
    } catch {
      return { bookmarks: new Map() };
    }
  };
}

/**
 * Noto Sans, all four faces, embedded (obfuscated as OOXML wants, in word/fonts/), so Word and
 * LibreOffice lay the pages out in the font the table of contents' page numbers were worked out with,
 * also where Noto Sans is not installed.
 */
const embeddedFonts = () => [
  {
    name: font,
    data: notoFile('regular'),
    bold: notoFile('bold'),
    italic: notoFile('italic'),
    boldItalic: notoFile('boldItalic'),
  },
];

export async function toDocx(model: ExportModel): Promise<Uint8Array> {
  const { meta } = model;
  const names = bookmarkNames(headingIds(model.body));
  const ctx: RenderContext = { bookmark: (id) => names.get(id), lists: [] };
  const body = blocks(model.body, ctx);
  const doc = new Document({
    title: clean(meta.title),
    subject: clean(meta.subtitle),
    creator: 'Wijkatelier',
    lastModifiedBy: 'Wijkatelier',
    description: `${meta.versionName}, ${meta.day}`,
    styles: styles(meta),
    numbering: { config: ctx.lists },
    theme: { fonts: { body: font, headings: font } },
    fonts: embeddedFonts(),
    pageNumbers: pageNumbers(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 709, footer: 709 },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ style: 'Header', text: clean(meta.title) })] }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: new Footer({ children: [pageLine(meta)] }),
          first: new Footer({ children: [new Paragraph({})] }),
        },
        children: [
          ...titlePage(meta),
          ...contents(model, ctx),
          ...body,
          new Paragraph({ style: 'Colophon', text: meta.labels.generated(meta.generatedAt.slice(0, 10)) }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
