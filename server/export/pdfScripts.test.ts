import type { JSONContent } from '@tiptap/core';
import { decodePDFRawStream, PDFRawStream, PDFDocument as PdfLib } from 'pdf-lib';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { PLACEHOLDER } from './fontRuns';
import { buildExportModel } from './model';
import { exportNotes, missingCodePoints } from './notes';
import { toPdf } from './pdf';

const LINES = {
  dutch: 'Ideeën voor het café: één bankje, € 50.',
  turkish: 'Ağaç dikmek için ışık ve güneş lazım.',
  polish: 'Łąka przy szkole, żółty rower, gęś.',
  arabic: 'مرحبا بكم في الحي',
  hebrew: 'שלום לכולם',
  emoji: 'Feest 🎉 met taart 🍰 en 👍🏽',
  tifinagh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  none: 'Vinkje ✓ en 中',
};
const p = (text: string, marks: string[] = []): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) }],
});

const input = richExportInput({
  document: { title: 'Wijkplan 🎉 Overvecht' },
  sections: [
    {
      id: 'sec0000000000001',
      title: 'Talen in de wijk: العربية',
      status: 'concept',
      content: {
        type: 'doc',
        content: [
          ...Object.values(LINES).map((line) => p(line)),
          p(`Vet: ${LINES.arabic} ${LINES.emoji}`, ['bold']),
          p(`Schuin: ${LINES.hebrew} ${LINES.tifinagh}`, ['italic']),
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [LINES.arabic, LINES.emoji].map((text) => ({
                  type: 'tableCell',
                  attrs: { colspan: 1, rowspan: 1 },
                  content: [p(text)],
                })),
              },
            ],
          },
        ],
      },
    },
  ],
  threads: [],
  decisions: [],
  boards: null,
});

/** Every glyph id the page content shows (pdfkit writes text as hex glyph ids of its font subsets). */
async function shownGlyphIds(bytes: Uint8Array): Promise<number[]> {
  const pdf = await PdfLib.load(new Uint8Array(bytes), { updateMetadata: false });
  const ids: number[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = new TextDecoder('latin1').decode(decodePDFRawStream(object).decode());
    if (!/\bBT\b/.test(content)) continue;
    for (const show of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = [...(show[1] ?? `<${show[2]}>`).matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      for (let i = 0; i + 4 <= hex.length; i += 4) ids.push(Number.parseInt(hex.slice(i, i + 4), 16));
    }
  }
  return ids;
}

describe('PDF/A with text in many scripts', () => {
  const notes = exportNotes();
  let bytes: Uint8Array;
  let text: string;

  beforeAll(async () => {
    bytes = await toPdf(buildExportModel(input), notes);
    text = (await extractText(new Uint8Array(bytes), { mergePages: true })).text;
  });

  it('never draws the .notdef glyph (glyph 0), which PDF/A-2 forbids', async () => {
    const ids = await shownGlyphIds(bytes);
    expect(ids.length).toBeGreaterThan(500);
    expect(ids.filter((id) => id === 0)).toEqual([]);
  });

  it('keeps Dutch, Turkish, Polish, Tifinagh and emoji in the text layer', () => {
    for (const line of [LINES.dutch, LINES.turkish, LINES.polish, LINES.tifinagh])
      expect(text).toContain(line);
    for (const e of ['🎉', '🍰', 'Feest', 'taart']) expect(text).toContain(e);
  });

  it('keeps the Arabic and Hebrew words in the text layer', () => {
    // Extractors differ in how they order right-to-left words and where they guess spaces (a mark
    // placed by the font reads as a gap), so each word is looked for without spaces, in either order.
    const compact = text.replace(/[\s\p{Default_Ignorable_Code_Point}]/gu, '');
    for (const line of [LINES.arabic, LINES.hebrew])
      for (const word of line.split(' '))
        expect(compact.includes(word) || compact.includes([...word].reverse().join('')), word).toBe(true);
  });

  it('draws a right-to-left phrase right to left, so a bidi-aware extractor reads its words in order', () => {
    // PDF.js puts right-to-left glyphs back into reading order; drawn in the wrong order, the words
    // would come out last to first ("الحي في بكم مرحبا").
    const compact = text.replace(/[\s\p{Default_Ignorable_Code_Point}]/gu, '');
    for (const line of [LINES.arabic, LINES.hebrew]) expect(compact).toContain(line.replace(/\s/g, ''));
  });

  it('draws characters no font has as a visible placeholder, and says which they were', () => {
    expect(text).toContain(`Vinkje ${PLACEHOLDER} en ${PLACEHOLDER}`);
    expect(missingCodePoints(notes).sort()).toEqual(['U+2713', 'U+4E2D']);
  });

  it('embeds the fallback fonts it used', async () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    for (const name of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansTifinagh', 'NotoEmoji'])
      expect(raw, name).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${name}`));
  });
});
