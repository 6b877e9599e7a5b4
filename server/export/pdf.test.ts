import {
  PDFArray,
  PDFBool,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFRef,
  PDFDocument as PdfLib,
} from 'pdf-lib';
import { extractText, getMeta } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { buildExportModel, type ExportModel } from './model';
import { toPdf } from './pdf';

// pdf.js may take ownership of the buffer it is given, so every reader gets its own copy.
const copy = (bytes: Uint8Array) => new Uint8Array(bytes);

function dict(pdf: PDFDocument, value: unknown): PDFDict | undefined {
  const v = value instanceof PDFRef ? pdf.context.lookup(value) : value;
  return v instanceof PDFDict ? v : undefined;
}

const sectionTitles = (model: ExportModel) => model.toc.filter((e) => e.level === 1).map((e) => e.title);

describe('toPdf', () => {
  const model = buildExportModel(richExportInput());
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await toPdf(model);
    pages = (await extractText(copy(bytes), { mergePages: false })).text;
    process.stdout.write(`PDF export of the fixture: ${pages.length} pages\n`);
  });

  it('has the fixture’s ~40 pages, the title page first and the contents after it', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages[0]).toContain('Ambitiedocument Overvecht');
    expect(pages[0]).toContain('Werkgroep');
    expect(pages[1]).toContain('Inhoud');
  });

  it('starts every section on its own page, in order, after the contents, with "Bijlage" last', () => {
    const titles = sectionTitles(model);
    expect(titles.at(-1)).toBe('Bijlage');
    let previous = 1;
    for (const title of titles) {
      const page = pages.findIndex((text, i) => i > 1 && text.trimStart().startsWith(title));
      expect(page, title).toBeGreaterThan(previous);
      previous = page;
    }
  });

  it('lists each section in the contents with the page it starts on', () => {
    const contents = pages.slice(1, 3).join('\n');
    const start = pages.findIndex((text, i) => i > 1 && text.trimStart().startsWith('Deel 2:'));
    expect(contents).toMatch(new RegExp(`Deel 2: Één wijk, één ambitie\\s*${start + 1}\\b`));
  });

  it('keeps the text: decision figures, Dutch characters, the page footer', () => {
    const all = pages.join('\n');
    expect(all).toContain('2 (67%)');
    for (const ch of ['ë', 'ï', 'é', '€']) expect(all).toContain(ch);
    expect(all).toContain('Şükrü Öztürk');
    expect(pages[1]).toContain(`Pagina 2 van ${pages.length}`);
    expect(pages[0]).not.toContain('Pagina 1');
  });

  it('says the empty section is empty, and keeps list items, table cells and figures in order', () => {
    const empty = pages.find((text) => text.trimStart().startsWith('Lege sectie'));
    expect(empty).toContain('Dit deel is nog leeg.');
    const first = pages.find((text) => text.trimStart().startsWith('Deel 1:')) ?? '';
    const order = [
      'Veilige speelplekken',
      'Ook in de zomer',
      'Ophalen wat bewoners willen',
      'Wij zijn de wijk',
      'Gemeente Utrecht',
      'Betaalt de verlichting',
    ];
    const at = order.map((t) => first.indexOf(t));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const appendix = pages.slice(pages.findIndex((t) => t.trimStart().startsWith('Bijlage'))).join('\n');
    const figures = ['Zamenhofplein', '2 (67%)', '1 (100%)', 'Gagelplein', '1 (33%)'].map((t) =>
      appendix.indexOf(t),
    );
    expect([...figures].sort((a, b) => a - b)).toEqual(figures);
    expect(figures[0]).toBeGreaterThanOrEqual(0);
  });

  it('declares PDF/A-2a, the language and the title', async () => {
    const { info, metadata } = await getMeta(copy(bytes));
    expect(info.Language).toBe('nl-NL');
    expect(info.Title).toBe('Ambitiedocument Overvecht');
    expect(metadata.get('pdfaid:part')).toBe('2');
    expect(metadata.get('pdfaid:conformance')).toBe('A');
  });

  it('embeds every font (no Helvetica) and is tagged, with bookmarks', async () => {
    const pdf = await PdfLib.load(copy(bytes), { updateMetadata: false });
    const fonts: PDFDict[] = [];
    for (const [, object] of pdf.context.enumerateIndirectObjects())
      if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'))
        fonts.push(object);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const name = String(font.get(PDFName.of('BaseFont')));
      expect(name).not.toMatch(/Helvetica|Times|Courier/);
      // A composite (Type0) font keeps its program in its descendant's descriptor.
      const descendants = font.get(PDFName.of('DescendantFonts'));
      const program = descendants instanceof PDFArray ? dict(pdf, descendants.get(0)) : font;
      const descriptor = dict(pdf, program?.get(PDFName.of('FontDescriptor')));
      expect(descriptor?.get(PDFName.of('FontFile2')), name).toBeDefined();
    }
    const catalog = pdf.catalog;
    expect(dict(pdf, catalog.get(PDFName.of('MarkInfo')))?.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(dict(pdf, catalog.get(PDFName.of('StructTreeRoot')))).toBeDefined();
    expect(dict(pdf, catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First'))).toBeDefined();
  });

  it('repeats a long table’s header row after a page break, and survives XML characters in the title', async () => {
    const cell = (text: string, type = 'tableCell') => ({
      type,
      attrs: { colspan: 1, rowspan: 1 },
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const rows = [
      { type: 'tableRow', content: [cell('Post', 'tableHeader'), cell('Kosten', 'tableHeader')] },
    ];
    for (let i = 1; i <= 60; i++)
      rows.push({ type: 'tableRow', content: [cell(`Regel ${i}`), cell(`€ ${i}00`)] });
    const input = richExportInput({
      document: { title: 'Wonen & Welzijn' },
      sections: [
        {
          id: 's1',
          title: 'Begroting',
          status: 'concept',
          content: { type: 'doc', content: [{ type: 'table', content: rows }] },
        },
      ],
      decisions: [],
      threads: [],
      boards: null,
    });
    const pdf = await toPdf(buildExportModel(input));
    const text = (await extractText(copy(pdf), { mergePages: false })).text;
    const withRows = text.filter((t) => t.includes('Regel '));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toMatch(/Post\s+Kosten/);
    expect(withRows.join('\n')).toContain('Regel 60');
    // pdfkit does not escape the XMP packet, so the writer swaps & < > for look-alikes in the metadata only.
    expect((await getMeta(copy(pdf))).info.Title).toBe('Wonen ＆ Welzijn');
    expect(text.join('\n')).toContain('Wonen & Welzijn');
  });

  it('writes the English labels for an English export', async () => {
    const english = await toPdf(buildExportModel(richExportInput({ lang: 'en' })));
    const text = (await extractText(copy(english), { mergePages: true })).text;
    expect(text).toContain('Appendix');
    expect(text).toContain('Contents');
    expect((await getMeta(copy(english))).info.Language).toBe('en-GB');
  });
});
