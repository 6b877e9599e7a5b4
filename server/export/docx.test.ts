import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { type Block, paragraph } from './blocks';
import { toDocx } from './docx';
import { buildExportModel, type ExportModel } from './model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The file read back with an unzipper and an XML parser, nothing of the writer's. */
async function read(model: ExportModel) {
  const files = unzipSync(await toDocx(model));
  const xml = (path: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`${path} is missing`);
    return new DOMParser().parseFromString(strFromU8(bytes), 'text/xml')
      .documentElement as unknown as Element;
  };
  return { files, xml, body: xml('word/document.xml') };
}

const all = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(W, name));
const first = (el: Element, name: string) => all(el, name)[0];
const val = (el: Element | undefined) => el?.getAttributeNS(W, 'val') ?? undefined;
const textOf = (el: Element) =>
  all(el, '*')
    .map((n) => {
      if (n.localName === 't') return n.textContent ?? '';
      // A tab in a run; the tab stops of a paragraph's properties are w:tab too.
      return n.localName === 'tab' && (n.parentNode as Element | null)?.localName === 'r' ? '\t' : '';
    })
    .join('');

function inside(el: Element, name: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if ((p as Element).localName === name) return true;
  return false;
}

interface Para {
  el: Element;
  style: string | undefined;
  text: string;
  inTable: boolean;
}

function paragraphs(body: Element): Para[] {
  return all(body, 'p').map((el) => {
    const pPr = all(el, 'pPr')[0];
    return {
      el,
      style: pPr ? val(first(pPr, 'pStyle')) : undefined,
      text: textOf(el),
      inTable: inside(el, 'tbl'),
    };
  });
}

const rowsOf = (tbl: Element) => all(tbl, 'tr').map((tr) => all(tr, 'tc').map(textOf));

/** The table that comes next after the paragraph whose text starts with `heading`, in document order. */
function tableAfter(body: Element, heading: string): Element | undefined {
  const nodes = all(body, '*').filter((n) => n.localName === 'p' || n.localName === 'tbl');
  const at = nodes.findIndex((n) => n.localName === 'p' && textOf(n).startsWith(heading));
  return nodes.slice(at + 1).find((n) => n.localName === 'tbl');
}

const nl = read(buildExportModel(richExportInput()));
const titles = richExportInput().sections.map((s) => s.title);

describe('toDocx', () => {
  it('writes the sections and the appendix as Heading 1, each on a new page, in order', async () => {
    const { body } = await nl;
    const h1 = paragraphs(body).filter((p) => p.style === 'Heading1');
    expect(h1.map((p) => p.text)).toEqual([...titles, 'Bijlage']);
    for (const p of h1) expect(first(p.el, 'pageBreakBefore')).toBeDefined();
    const styles = new Set(paragraphs(body).map((p) => p.style));
    for (const s of ['Title', 'Heading2', 'Heading3', 'Heading4']) expect(styles).toContain(s);
  });

  it('bookmarks the headings, and the table of contents and internal links point at them', async () => {
    const { body } = await nl;
    const marks = new Set(all(body, 'bookmarkStart').map((b) => b.getAttributeNS(W, 'name')));
    const toc = paragraphs(body).filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    expect(toc.filter((p) => p.style === 'TOC1').map((p) => p.text.split('\t')[0])).toEqual([
      ...titles,
      'Bijlage',
    ]);
    expect(toc.map((p) => p.text.split('\t')[0])).toContain('Samenstelling van de werkgroep');
    const anchors = all(body, 'hyperlink').flatMap((h) => h.getAttributeNS(W, 'anchor') || []);
    expect(anchors.length).toBeGreaterThan(toc.length);
    for (const a of anchors) expect(marks).toContain(a);
    // The text's link to decision 1 lands on the decision's heading in the appendix.
    const decision = paragraphs(body).find((p) => p.text.startsWith('Besluit 1:'));
    expect(decision?.style).toBe('Heading3');
    expect(all(decision?.el ?? body, 'bookmarkStart')[0]?.getAttributeNS(W, 'name')).toBe('besluit-1');
    expect(anchors).toContain('besluit-1');
  });

  it('links outside the document through a relationship', async () => {
    const { body, xml } = await nl;
    const rels = Array.from(xml('word/_rels/document.xml.rels').getElementsByTagName('Relationship'));
    const link = all(body, 'hyperlink').find((h) => textOf(h) === 'een link');
    const rel = rels.find((r) => r.getAttribute('Id') === link?.getAttributeNS(R, 'id'));
    expect(rel?.getAttribute('Target')).toBe('https://www.utrecht.nl/overvecht');
    expect(rel?.getAttribute('TargetMode')).toBe('External');
  });

  it('writes lists with Word numbering, nested levels and their own count', async () => {
    const { body, xml } = await nl;
    const ps = paragraphs(body);
    const numPr = (text: string) => {
      const p = ps.find((x) => x.text === text);
      const n = p && first(p.el, 'numPr');
      return { level: val(n && first(n, 'ilvl')), id: val(n && first(n, 'numId')) };
    };
    expect(numPr('Veilige speelplekken').level).toBe('0');
    expect(numPr('Ook in de zomer').level).toBe('1');
    expect(numPr('Ophalen wat bewoners willen').level).toBe('0');
    expect(numPr('Uitvoeren').id).toBe(numPr('Ophalen wat bewoners willen').id);

    const numbering = xml('word/numbering.xml');
    const format = (numId: string | undefined, level: string) => {
      const num = all(numbering, 'num').find((n) => n.getAttributeNS(W, 'numId') === numId);
      const abstractId = val(num && first(num, 'abstractNumId'));
      const abs = all(numbering, 'abstractNum').find(
        (a) => a.getAttributeNS(W, 'abstractNumId') === abstractId,
      );
      const lvl = abs && all(abs, 'lvl').find((l) => l.getAttributeNS(W, 'ilvl') === level);
      return { fmt: val(lvl && first(lvl, 'numFmt')), start: val(lvl && first(lvl, 'start')) };
    };
    expect(format(numPr('Veilige speelplekken').id, '0').fmt).toBe('bullet');
    expect(format(numPr('Ophalen wat bewoners willen').id, '0')).toEqual({ fmt: 'decimal', start: '1' });
  });

  it('writes the "Wie doet wat" table with a repeating header row and borders', async () => {
    const { body } = await nl;
    const table = all(body, 'tbl').find((t) => textOf(t).includes('Bewonersgroep Zamenhof'));
    if (!table) throw new Error('no table');
    expect(rowsOf(table)).toEqual([
      ['Wie', 'Doet wat', 'Wanneer'],
      ['Bewonersgroep Zamenhof', 'Organiseert de buurtschouw', 'Maart'],
      ['Gemeente Utrecht', 'Betaalt de verlichting (€ 12.500)', 'April'],
    ]);
    const [head, row] = all(table, 'tr');
    expect(head && first(head, 'tblHeader')).toBeDefined();
    expect(row && first(row, 'tblHeader')).toBeUndefined();
    const borders = first(table, 'tblBorders');
    expect(val(borders && first(borders, 'insideH'))).toBe('single');
  });

  it("writes decision 1's figures per group, bewoners before ambtenaren", async () => {
    const { body } = await nl;
    const table = tableAfter(body, 'Besluit 1:');
    if (!table) throw new Error('no table');
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['Keuze', 'Bewoners', 'Ambtenaren', 'Partners (advies, telt niet mee)']);
    const zamenhof = rows.find((r) => r[0] === 'Zamenhofplein') ?? [];
    expect(zamenhof.indexOf('2 (67%)')).toBe(1);
    expect(zamenhof.indexOf('1 (100%)')).toBe(2);
    expect(rows.at(-1)).toEqual(['Aantal stemmers', '3', '1', '1']);
  });

  it('keeps Dutch characters, the empty section note, the quote and the rule', async () => {
    const { body } = await nl;
    const ps = paragraphs(body);
    const text = ps.map((p) => p.text).join('\n');
    for (const s of ['ë, ï, é en €', 'Één wijk', 'Şükrü Öztürk', 'ideeën uit de wijk', '€ 1'])
      expect(text).toContain(s);
    const empty = ps.findIndex((p) => p.text === 'Lege sectie' && p.style === 'Heading1');
    expect(ps.slice(empty + 1, empty + 3).map((p) => [p.style, p.text])).toEqual([
      ['Status', 'Status: Concept'],
      ['Note', 'Dit deel is nog leeg.'],
    ]);
    const quote = ps.find((p) => p.text.startsWith('“Wij zijn de wijk.”'));
    const pBdr = quote && first(quote.el, 'pBdr');
    expect(val(pBdr && first(pBdr, 'left'))).toBe('single');
    expect(ps.some((p) => p.style === 'Rule')).toBe(true);
  });

  it('sets title, language, font and page numbers in the footer', async () => {
    const { xml, files } = await nl;
    const core = xml('docProps/core.xml');
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent).toBe(
      'Ambitiedocument Overvecht',
    );
    const defaults = first(xml('word/styles.xml'), 'rPrDefault');
    if (!defaults) throw new Error('no defaults');
    expect(val(first(defaults, 'lang'))).toBe('nl-NL');
    expect(first(defaults, 'rFonts')?.getAttributeNS(W, 'ascii')).toBe('Noto Sans');
    expect(val(first(defaults, 'sz'))).toBe('22');
    const footers = Object.keys(files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map(xml);
    const numbered = footers.find((f) =>
      all(f, 'instrText').some((i) => i.textContent?.trim() === 'NUMPAGES'),
    );
    if (!numbered) throw new Error('no page numbers');
    expect(all(numbered, 'instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(numbered)).toMatch(/^Pagina .* van /);
  });

  it('respects a list start and table spans', async () => {
    const model = buildExportModel(richExportInput({ sections: [], decisions: [], boards: null }));
    const cell = (text: string, colspan = 1, rowspan = 1) => ({
      header: false,
      colspan,
      rowspan,
      blocks: [paragraph(text)],
    });
    const extra: Block[] = [
      {
        kind: 'list',
        ordered: true,
        start: 4,
        items: [[paragraph('Vierde punt')], [paragraph('Vijfde punt')]],
      },
      {
        kind: 'table',
        caption: 'Spanwijdte',
        rows: [
          [cell('Breed', 2), cell('Hoog', 1, 2)],
          [cell('Links'), cell('Midden')],
        ],
      },
    ];
    model.body.push(...extra);
    const { body, xml } = await read(model);
    const fourth = paragraphs(body).find((p) => p.text === 'Vierde punt');
    const numId = val(first(fourth?.el ?? body, 'numId'));
    const numbering = xml('word/numbering.xml');
    const num = all(numbering, 'num').find((n) => n.getAttributeNS(W, 'numId') === numId);
    const abs = all(numbering, 'abstractNum').find(
      (a) => a.getAttributeNS(W, 'abstractNumId') === val(num && first(num, 'abstractNumId')),
    );
    expect(val(first(abs ?? numbering, 'start'))).toBe('4');

    const table = tableAfter(body, 'Spanwijdte');
    if (!table) throw new Error('no table');
    const [top, bottom] = all(table, 'tr');
    expect(all(table, 'gridCol')).toHaveLength(3);
    expect(val(first(first(top ?? table, 'tc') ?? table, 'gridSpan'))).toBe('2');
    const merges = all(table, 'vMerge').map((m) => val(m) ?? 'continue');
    expect(merges).toEqual(['restart', 'continue']);
    expect(all(bottom ?? table, 'tc').map(textOf)).toEqual(['Links', 'Midden', '']);
  });

  it('shortens heading ids Word cannot use as bookmark names and drops characters XML does not allow', async () => {
    const model = buildExportModel(richExportInput({ sections: [], decisions: [], boards: null }));
    const id = 'een-heel-lange-kop-die-meer-dan-veertig-tekens-heeft';
    model.body.push(
      { kind: 'heading', level: 2, id, inlines: [{ text: 'Lange kop' }] },
      paragraph([{ text: 'Naar de kop', href: `#${id}` }, { text: ' met \u0007bel en \uFFFF.' }]),
    );
    const { body } = await read(model);
    const mark = all(paragraphs(body).find((p) => p.text === 'Lange kop')?.el ?? body, 'bookmarkStart')[0];
    const name = mark?.getAttributeNS(W, 'name') ?? '';
    expect(name.length).toBeLessThanOrEqual(40);
    expect(name).toMatch(/^[A-Za-z]/);
    expect(
      all(body, 'hyperlink')
        .find((h) => textOf(h) === 'Naar de kop')
        ?.getAttributeNS(W, 'anchor'),
    ).toBe(name);
    expect(paragraphs(body).map((p) => p.text)).toContain('Naar de kop met bel en .');
  });

  it('writes an English model in English', async () => {
    const { body, xml } = await read(buildExportModel(richExportInput({ lang: 'en' })));
    const h1 = paragraphs(body).filter((p) => p.style === 'Heading1');
    expect(h1.at(-1)?.text).toBe('Appendix');
    expect(paragraphs(body).find((p) => p.style === 'TOCHeading')?.text).toBe('Contents');
    expect(val(first(xml('word/styles.xml'), 'lang'))).toBe('en-GB');
  });
});
