import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { elements, zipXml } from '../test/exportReadBack';
import { notoMeasure } from './fonts';
import { buildExportModel } from './model';
import { renderExport } from './render';

const LONG = 'Wijkontwikkelingsmaatschappijbijdrage';
const cell = (text: string, type = 'tableCell'): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1 },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const row = (...cells: JSONContent[]): JSONContent => ({ type: 'tableRow', content: cells });

const model = buildExportModel(
  richExportInput({
    sections: [
      {
        id: 'sec0000000000001',
        title: 'Begroting',
        status: 'concept',
        content: {
          type: 'doc',
          content: [
            {
              type: 'table',
              content: [
                row(cell('Post', 'tableHeader'), cell('Kosten', 'tableHeader'), cell('Nr', 'tableHeader')),
                row(cell(LONG), cell('€ 5'), cell('1')),
                row(cell('Bankjes'), cell('€ 1.200'), cell('2')),
              ],
            },
          ],
        },
      },
    ],
    threads: [],
    decisions: [],
    boards: null,
  }),
);

const share = (widths: number[]) => {
  const total = widths.reduce((s, w) => s + w, 0);
  return widths.map((w) => w / total);
};

describe('ODT and DOCX size table columns to their text, as the PDF does', () => {
  it('ODT: the column with the long compound is wide enough for it, the others narrow', async () => {
    const bytes = await renderExport('odt', model);
    const content = zipXml(bytes, 'content.xml');
    const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
    const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
    const table = elements(content, TABLE, 'table').find((t) => t.getAttributeNS(TABLE, 'name') === 'Tabel1');
    if (!table) throw new Error('no Tabel1');
    const styleNames = elements(table, TABLE, 'table-column').map((c) =>
      c.getAttributeNS(TABLE, 'style-name'),
    );
    expect(styleNames).toHaveLength(3);
    const widths = styleNames.map((name) => {
      const style = elements(content, STYLE, 'style').find((s) => s.getAttributeNS(STYLE, 'name') === name);
      const props = style && elements(style, STYLE, 'table-column-properties')[0];
      return Number.parseFloat(props?.getAttributeNS(STYLE, 'column-width') ?? 'NaN');
    });
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(16, 2);
    const [post = 0, kosten = 0, nr = 0] = widths;
    // The word itself (11 pt) plus the cell's padding, in cm: it fits on one line.
    const needed = (notoMeasure(11)(LONG, false) / 72) * 2.54 + 0.3;
    expect(post).toBeGreaterThanOrEqual(needed);
    expect(post).toBeGreaterThan(kosten);
    expect(kosten).toBeGreaterThan(nr);
  });

  it('DOCX: the grid and the cells get the same widths, in the same proportions as the ODT', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const body = zipXml(await renderExport('docx', model), 'word/document.xml');
    // The first table is the title page's facts; the section's table is the second.
    const table = elements(body, W, 'tbl')[1];
    if (!table) throw new Error('no second table');
    const grid = elements(table, W, 'gridCol').map((g) => Number(g.getAttributeNS(W, 'w')));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((s, w) => s + w, 0)).toBe(11906 - 2 * 1417);
    const [post = 0, kosten = 0, nr = 0] = grid;
    expect(post).toBeGreaterThanOrEqual(notoMeasure(11)(LONG, false) * 20 + 200);
    expect(post).toBeGreaterThan(kosten);
    expect(kosten).toBeGreaterThan(nr);
    const firstRow = elements(table, W, 'tr')[0];
    if (!firstRow) throw new Error('no row');
    const cellWidths = elements(firstRow, W, 'tcW').map((w) => Number(w.getAttributeNS(W, 'w')));
    expect(cellWidths).toEqual(grid);

    const content = zipXml(await renderExport('odt', model), 'content.xml');
    const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
    const odt = ['Tabel1.C1', 'Tabel1.C2', 'Tabel1.C3'].map((name) => {
      const style = elements(content, STYLE, 'style').find((s) => s.getAttributeNS(STYLE, 'name') === name);
      const props = style && elements(style, STYLE, 'table-column-properties')[0];
      return Number.parseFloat(props?.getAttributeNS(STYLE, 'column-width') ?? 'NaN');
    });
    const [a, b] = [share(grid), share(odt)];
    for (const [i, s] of a.entries()) expect(s).toBeCloseTo(b[i] ?? 0, 1);
  });
});
