import PDFDocument from 'pdfkit';
import type { HeadingLevel } from './blocks';
import type { ExportModel } from './model';
import type { ExportNotes } from './notes';
import { loadMainFonts, withFallbacks } from './pdfFonts';
import { footers, MARGIN, reserveToc, titlePage, writeToc } from './pdfFront';
import { renderBlock } from './pdfLayout';
import { renderTable, tableStart } from './pdfTable';
import { type Box, type Ctx, FONT, pageIndex, type Struct, withParent } from './pdfText';

const BODY_SIZE = 11;

/** pdfkit writes the info strings into the XMP packet unescaped; these three would break the XML. */
const xmpSafe = (s: string) => s.replace(/&/g, '＆').replace(/</g, '‹').replace(/>/g, '›');

/** The document as tagged PDF/A-2a: title page, table of contents with page numbers and links, body, footers. */
export async function toPdf(model: ExportModel, notes?: ExportNotes): Promise<Uint8Array> {
  const fonts = loadMainFonts();
  const { meta } = model;
  const [werkgroep, wijk, gemeente] = meta.facts.map((f) => f.value);
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: meta.locale,
    displayTitle: true,
    info: {
      Title: xmpSafe(meta.title),
      ...(werkgroep ? { Author: xmpSafe(werkgroep) } : {}),
      Subject: xmpSafe(meta.subtitle),
      Keywords: xmpSafe([wijk, gemeente, meta.status].filter(Boolean).join(', ')),
      Creator: 'Wijkatelier',
      CreationDate: new Date(meta.generatedAt),
    },
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
  });
  // pdfkit starts in Helvetica, which PDF/A forbids (not embedded): switch before anything is written.
  for (const [name, data] of fonts) doc.registerFont(name, data);
  withFallbacks(doc, (cluster) => notes?.missing.add(cluster));
  doc.font(FONT.regular);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const box: Box = { x: MARGIN.left, width: doc.page.width - MARGIN.left - MARGIN.right, size: BODY_SIZE };
  const pageOf = new Map<string, number>();
  let chapter: PDFKit.PDFOutline | null = null;
  const ctx: Ctx = {
    doc,
    ids: new Set(model.body.flatMap((b) => (b.kind === 'heading' ? [b.id] : []))),
    link: null,
    onHeading: (id: string, level: HeadingLevel, title: string) => {
      doc.addNamedDestination(id, 'XYZ', null, doc.y, null);
      pageOf.set(id, pageIndex(doc));
      if (level === 1) chapter = doc.outline.addItem(title);
      else if (level === 2) (chapter ?? doc.outline).addItem(title);
    },
    table: renderTable,
    tableStart,
  };
  // text({ goTo }) makes its link annotation without a structure parent; PDF/A-2a wants it inside its Link element.
  const goTo = doc.goTo.bind(doc);
  doc.goTo = (x, y, w, h, name, options) =>
    goTo(x, y, w, h, name, ctx.link ? withParent(options, ctx.link) : options);

  const root = doc.struct('Document');
  doc.addStructure(root);
  titlePage(doc, root, meta, box);
  const toc = reserveToc(doc, root, model, box);
  let section: Struct = root;
  model.body.forEach((b, i) => {
    if (b.kind === 'heading' && b.level === 1) {
      if (section !== root) section.end();
      section = doc.struct('Sect');
      root.add(section);
    }
    renderBlock(ctx, section, b, model.body[i + 1], box);
  });
  writeToc(doc, toc, meta, pageOf, box);
  footers(doc, meta, box);
  root.end();
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
