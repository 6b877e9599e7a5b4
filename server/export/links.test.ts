import type { JSONContent } from '@tiptap/core';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDict, PDFName, PDFString, PDFDocument as PdfLib } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { decisionUrl } from '../../shared/schemas/decision';
import { richExportInput } from '../test/exportFixture';
import { decode, elements, zipXml } from '../test/exportReadBack';
import { buildExportModel, decisionLink } from './model';
import { renderExport } from './render';

const ORIGIN = 'https://wijk.example.nl';
const OWN = 'wg00000000000001';
const link = (text: string, href: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
});

/** What the editor's link dialog stores for decision 1 (the same function the dialog calls). */
const EDITOR_LINK = decisionUrl(ORIGIN, OWN, 1);
const OTHER_WERKGROEP = decisionUrl(ORIGIN, 'wg00000000000099', 1);
const OTHER_SITE = decisionUrl('https://elders.example', OWN, 1);

const model = buildExportModel(
  richExportInput({
    origin: ORIGIN,
    sections: [
      {
        id: 'sec0000000000001',
        title: 'Wonen',
        status: 'concept',
        content: {
          type: 'doc',
          content: [
            link('zie besluit één', EDITOR_LINK),
            link('ander besluit', OTHER_WERKGROEP),
            link('elders', OTHER_SITE),
          ],
        },
      },
    ],
    threads: [],
    boards: null,
  }),
);

describe('a link to a decision, as the editor stores it, points at the appendix in every format', () => {
  it('recognises the absolute form on this server, the relative form, and nothing else', () => {
    expect(EDITOR_LINK).toBe(`${ORIGIN}/w/${OWN}/besluiten#besluit-1`);
    expect(decisionLink(EDITOR_LINK, ORIGIN, OWN)).toBe('#besluit-1');
    expect(decisionLink(`/w/${OWN}/besluiten#besluit-12`, ORIGIN, OWN)).toBe('#besluit-12');
    // Behind a proxy the request may be http while people use https: the host decides.
    expect(decisionLink(EDITOR_LINK, 'http://wijk.example.nl', OWN)).toBe('#besluit-1');
    expect(decisionLink(OTHER_WERKGROEP, ORIGIN, OWN)).toBeNull();
    expect(decisionLink(OTHER_SITE, ORIGIN, OWN)).toBeNull();
    expect(decisionLink(`${ORIGIN}/w/${OWN}/besluiten?x=1#besluit-1`, ORIGIN, OWN)).toBeNull();
    expect(decisionLink(`${ORIGIN}/w/${OWN}/besluiten#besluit-x`, ORIGIN, OWN)).toBeNull();
  });

  it('the model links inside the document, and keeps the others as they are', () => {
    const hrefs = model.body.flatMap((b) =>
      b.kind === 'paragraph' ? b.inlines.flatMap((i) => (i.href ? [i.href] : [])) : [],
    );
    expect(hrefs).toEqual(['#besluit-1', OTHER_WERKGROEP, OTHER_SITE]);
  });

  it('HTML and Markdown', async () => {
    const html = decode(await renderExport('html', model));
    expect(html).toContain('<a href="#besluit-1">zie besluit één</a>');
    expect(html).toContain('id="besluit-1"');
    expect(html).not.toContain(EDITOR_LINK);
    const md = decode(await renderExport('md', model));
    expect(md).toContain('[zie besluit één](#besluit-1)');
    expect(md).toContain('<a id="besluit-1"></a>');
    expect(md).not.toContain(EDITOR_LINK);
  });

  it('ODT', async () => {
    const content = zipXml(await renderExport('odt', model), 'content.xml');
    const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
    const XLINK = 'http://www.w3.org/1999/xlink';
    const link = elements(content, TEXT, 'a').find((a) => a.textContent === 'zie besluit één');
    expect(link?.getAttributeNS(XLINK, 'href')).toBe('#besluit-1');
    const bookmarks = elements(content, TEXT, 'bookmark').map((b) => b.getAttributeNS(TEXT, 'name'));
    expect(bookmarks).toContain('besluit-1');
  });

  it('DOCX: an internal hyperlink to the decision’s bookmark, no external relationship', async () => {
    const bytes = await renderExport('docx', model);
    const body = zipXml(bytes, 'word/document.xml');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const link = elements(body, W, 'hyperlink').find((h) => h.textContent === 'zie besluit één');
    const anchor = link?.getAttributeNS(W, 'anchor');
    expect(anchor).toBeTruthy();
    const bookmarks = elements(body, W, 'bookmarkStart').map((b) => b.getAttributeNS(W, 'name'));
    expect(bookmarks).toContain(anchor);
    const rels = strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels'] ?? new Uint8Array());
    // docx keeps a web link's #fragment apart (w:anchor), so the relationship holds the address without it.
    expect(rels).not.toContain(`${ORIGIN}/w/${OWN}/`);
    expect(rels).toContain(`https://elders.example/w/${OWN}/besluiten`);
  });

  it('PDF: a GoTo to the named destination, not a web link', async () => {
    const pdf = await PdfLib.load(await renderExport('pdf', model), { updateMetadata: false });
    const actions: { goTo?: string; uri?: string }[] = [];
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const a = object.lookup(PDFName.of('A'));
      if (!(a instanceof PDFDict)) continue;
      const d = a.lookup(PDFName.of('D'));
      const uri = a.lookup(PDFName.of('URI'));
      actions.push({
        ...(d instanceof PDFString ? { goTo: d.decodeText() } : {}),
        ...(uri instanceof PDFString ? { uri: uri.decodeText() } : {}),
      });
    }
    expect(actions.some((a) => a.goTo === 'besluit-1')).toBe(true);
    expect(actions.some((a) => a.uri === EDITOR_LINK)).toBe(false);
    expect(actions.some((a) => a.uri === OTHER_SITE)).toBe(true);
  });
});
