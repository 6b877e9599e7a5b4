import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { decode, elements, pdfStructTypes, zipXml } from '../test/exportReadBack';
import { buildExportModel } from './model';
import { renderExport } from './render';

const h = (level: number, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});
const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A writer who starts with "Kop 2", goes one deeper, back, then uses "Kop 1" and "Kop 3". */
const model = buildExportModel(
  richExportInput({
    sections: [
      {
        id: 'sec0000000000001',
        title: 'Wonen',
        status: 'concept',
        content: {
          type: 'doc',
          content: [
            h(2, 'Kop twee'),
            p('Tekst.'),
            h(3, 'Kop drie'),
            p('Tekst.'),
            h(2, 'Weer kop twee'),
            h(1, 'Kop een'),
            h(3, 'Kop drie onder een'),
          ],
        },
      },
    ],
    threads: [],
    decisions: [],
    boards: null,
  }),
);

/** Each heading level is at most one deeper than the one before it. */
function expectNoSkips(levels: number[], top: number) {
  let previous = top - 1;
  for (const [i, level] of levels.entries()) {
    expect(level, `heading ${i + 1} of ${JSON.stringify(levels)}`).toBeLessThanOrEqual(previous + 1);
    previous = level;
  }
}

// The section title is h2 under the document's h1, so the writer's headings are h3, h4, h3, h3, h4.
const WRITTEN = [3, 4, 3, 3, 4];

describe('heading levels in every format never skip one', () => {
  it('model: the first "Kop 2" under a section is the level right below it', () => {
    const levels = model.body.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
    expect(levels.slice(0, 6)).toEqual([1, 2, 3, 2, 2, 3]);
  });

  it('HTML', async () => {
    const html = decode(await renderExport('html', model));
    const levels = [...html.matchAll(/<h(\d)[\s>]/g)].map((m) => Number(m[1]));
    expectNoSkips(levels, 1);
    const main = html.slice(html.indexOf('<main>'));
    expect([...main.matchAll(/<h(\d)[\s>]/g)].map((m) => Number(m[1])).slice(1, 6)).toEqual(WRITTEN);
  });

  it('Markdown', async () => {
    const md = decode(await renderExport('md', model));
    const levels = [...md.matchAll(/^(#+) /gm)].map((m) => m[1]?.length ?? 0);
    expectNoSkips(levels, 1);
    expect(levels.slice(2, 7)).toEqual(WRITTEN);
  });

  it('ODT outline levels', async () => {
    const content = zipXml(await renderExport('odt', model), 'content.xml');
    const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
    const levels = elements(content, TEXT, 'h').map((e) => Number(e.getAttributeNS(TEXT, 'outline-level')));
    expectNoSkips(levels, 1);
    expect(levels.slice(1, 6)).toEqual(WRITTEN.map((l) => l - 1));
  });

  it('DOCX heading styles', async () => {
    const body = zipXml(await renderExport('docx', model), 'word/document.xml');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const levels = elements(body, W, 'pStyle')
      .map((e) => /^Heading(\d)$/.exec(e.getAttributeNS(W, 'val') ?? '')?.[1])
      .filter((l) => l !== undefined)
      .map(Number);
    expectNoSkips(levels, 1);
    expect(levels.slice(1, 6)).toEqual(WRITTEN.map((l) => l - 1));
  });

  it('PDF structure tree: the title is the one H1, the contents and sections H2, the text below them', async () => {
    const types = await pdfStructTypes(await renderExport('pdf', model));
    const levels = types.flatMap((t) => (/^H(\d)$/.test(t) ? [Number(t.slice(1))] : []));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expectNoSkips(levels, 1);
    // Title, contents, section, then the writer's headings.
    expect(levels.slice(0, 8)).toEqual([1, 2, 2, ...WRITTEN]);
  });
});
