import type { JSONContent } from '@tiptap/core';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/schemas/export';
import { richExportInput } from '../test/exportFixture';
import { buildExportModel } from './model';
import { renderExport } from './render';

/** Text people type: letters, Dutch and other characters, markup-like signs, control characters. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '  ',
    'ë',
    'ï',
    '€',
    'Ş',
    '<',
    '&',
    '"',
    '*',
    '#',
    '|',
    '\\',
    '\u0001',
    '\uFFFE',
    '😀',
  ),
  maxLength: 40,
});
const mark = fc.constantFrom('bold', 'italic', 'underline', 'strike');
const inline: fc.Arbitrary<JSONContent> = fc.oneof(
  fc.record({
    type: fc.constant('text'),
    text: text.filter((t) => t.length > 0),
    marks: fc.array(
      mark.map((type) => ({ type })),
      { maxLength: 2 },
    ),
  }),
  fc.record({
    type: fc.constant('text'),
    text: fc.constant('link'),
    marks: fc
      .constantFrom(
        'https://example.org/a?b=1&c=2',
        'javascript:alert(1)',
        '/w/x/besluiten#besluit-9',
        'mailto:a@b.nl',
      )
      .map((href) => [{ type: 'link', attrs: { href } }]),
  }),
  fc.constant({ type: 'hardBreak' }),
);
const paragraph = fc.array(inline, { maxLength: 4 }).map((content) => ({ type: 'paragraph', content }));
const { block } = fc.letrec<{ block: JSONContent }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph,
    fc.record({
      type: fc.constant('heading'),
      attrs: fc.record({ level: fc.integer({ min: 1, max: 3 }) }),
      content: fc.array(inline, { maxLength: 3 }),
    }),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((items) => ({
      type: 'bulletList',
      content: items.map((b) => ({ type: 'listItem', content: [b] })),
    })),
    fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.array(paragraph, { minLength: 1, maxLength: 3 }))
      .map(([start, items]) => ({
        type: 'orderedList',
        attrs: { start },
        content: items.map((b) => ({ type: 'listItem', content: [b] })),
      })),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 2 })
      .map((content) => ({ type: 'blockquote', content })),
    fc.constant({ type: 'horizontalRule' }),
    fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([rows, cols, header, span]) => ({
        type: 'table',
        content: Array.from({ length: rows }, (_, r) => ({
          type: 'tableRow',
          content: Array.from({ length: cols }, (_, c) => ({
            type: header && r === 0 ? 'tableHeader' : 'tableCell',
            attrs: { colspan: r === 1 && c === 0 ? Math.min(span, cols) : 1, rowspan: 1 },
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `r${r}c${c}` }] }],
          })),
        })),
      })),
  ),
}));

/** Opens the file with an independent reader: its XML must be well-formed, the PDF must open. */
async function readable(format: string, bytes: Uint8Array) {
  const xml = (text: string) =>
    new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(`${format}: ${msg}`);
      },
    }).parseFromString(text, 'text/xml');
  const part = (name: string) => new TextDecoder().decode(unzipSync(bytes)[name]);
  if (format === 'docx') xml(part('word/document.xml'));
  if (format === 'odt') for (const name of ['content.xml', 'styles.xml', 'meta.xml']) xml(part(name));
  if (format === 'pdf') expect((await getDocumentProxy(new Uint8Array(bytes))).numPages).toBeGreaterThan(1);
}

describe('every writer, on arbitrary documents', () => {
  it('makes a file from any mix of nodes, marks and characters, and each opens in an independent reader', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(block, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        text,
        async (sections, title) => {
          const model = buildExportModel(
            richExportInput({
              document: { title: title || 'x' },
              sections: sections.map((content, i) => ({
                id: `sec${String(i).padStart(13, '0')}`,
                title: title || `Deel ${i}`,
                status: 'concept',
                content: { type: 'doc', content },
              })),
              boards: null,
            }),
          );
          for (const format of EXPORT_FORMATS) {
            const bytes = await renderExport(format, model);
            expect(bytes.byteLength, format).toBeGreaterThan(100);
            await readable(format, bytes);
          }
        },
      ),
      { numRuns: 25, seed: 20261128 },
    );
    // 125 files, ODT and DOCX each with Noto Sans embedded (about 2.5 MB to compress every time).
  }, 240_000);
});
