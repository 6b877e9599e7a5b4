import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import type { Block } from './blocks';
import { buildExportModel, type ExportModel } from './model';
import { toOdt } from './odt';

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  dc: 'http://purl.org/dc/elements/1.1/',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const;
type Prefix = keyof typeof NS;

/** Any parser warning or error fails the test: the parts must be well-formed as they are. */
function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const all = (root: Document | Element, prefix: Prefix, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(NS[prefix], name));
const one = (root: Document | Element, prefix: Prefix, name: string): Element => {
  const found = all(root, prefix, name)[0];
  if (!found) throw new Error(`no ${prefix}:${name}`);
  return found;
};
const get = (e: Element, prefix: Prefix, name: string) => e.getAttributeNS(NS[prefix], name);
const children = (e: Element, prefix: Prefix, name: string) =>
  Array.from(e.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === NS[prefix] && (n as Element).localName === name,
  );

/** The text an ODF reader shows: text:s is spaces, text:tab a tab, text:line-break a newline. */
function odfText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const e = node as Element;
  if (e.namespaceURI === NS.text) {
    if (e.localName === 's') return ' '.repeat(Number(get(e, 'text', 'c') ?? '1'));
    if (e.localName === 'tab') return '\t';
    if (e.localName === 'line-break') return '\n';
  }
  return Array.from(e.childNodes).map(odfText).join('');
}
const flat = (e: Element) => odfText(e).replace(/\s+/g, ' ').trim();
/** The paragraphs (and headings) inside an element, as text. */
const paragraphs = (e: Element) =>
  Array.from(e.getElementsByTagNameNS(NS.text, '*'))
    .filter((n) => n.localName === 'p' || n.localName === 'h')
    .map(flat);

interface Package {
  bytes: Uint8Array;
  files: Record<string, Uint8Array>;
  content: Document;
  styles: Document;
  meta: Document;
  manifest: Document;
}

async function open(model: ExportModel): Promise<Package> {
  const bytes = await toOdt(model);
  const files = unzipSync(bytes);
  const part = (path: string) => {
    const data = files[path];
    if (!data) throw new Error(`missing ${path}`);
    return parseXml(strFromU8(data));
  };
  return {
    bytes,
    files,
    content: part('content.xml'),
    styles: part('styles.xml'),
    meta: part('meta.xml'),
    manifest: part('META-INF/manifest.xml'),
  };
}

const input = richExportInput();
const dutch = open(buildExportModel(input));

describe('ODT export, read back with fflate and an XML parser', () => {
  it('starts with a stored mimetype entry, as the first local file header in the raw bytes shows', async () => {
    const { bytes, files } = await dutch;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(extraLength).toBe(0);
    const size = view.getUint32(18, true);
    const dataStart = 30 + nameLength + extraLength;
    expect(strFromU8(bytes.subarray(dataStart, dataStart + size))).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(strFromU8(files.mimetype ?? new Uint8Array())).toBe('application/vnd.oasis.opendocument.text');
  });

  it('lists every part in the manifest (ODF 1.3), and every manifest entry is in the zip', async () => {
    const { files, manifest, content, styles, meta } = await dutch;
    expect(get(one(manifest, 'manifest', 'manifest'), 'manifest', 'version')).toBe('1.3');
    const entries = all(manifest, 'manifest', 'file-entry').map((e) => ({
      path: get(e, 'manifest', 'full-path') ?? '',
      type: get(e, 'manifest', 'media-type') ?? '',
    }));
    expect(entries[0]).toEqual({ path: '/', type: 'application/vnd.oasis.opendocument.text' });
    for (const e of entries.slice(1)) {
      expect(files[e.path], e.path).toBeDefined();
      expect(e.type).toBe(e.path.startsWith('Fonts/') ? 'application/x-font-ttf' : 'text/xml');
    }
    const listed = entries.map((e) => e.path);
    for (const name of Object.keys(files).filter((n) => n !== 'mimetype' && !n.startsWith('META-INF/')))
      expect(listed).toContain(name);
    for (const doc of [content, styles, meta])
      expect(doc.documentElement?.getAttributeNS(NS.office, 'version')).toBe('1.3');
  });

  it('has the sections and then the appendix as level-1 headings, each with a bookmark that links resolve to', async () => {
    const { content } = await dutch;
    const headings = all(content, 'text', 'h');
    const level1 = headings.filter((h) => get(h, 'text', 'outline-level') === '1');
    expect(level1.map(flat)).toEqual([...input.sections.map((s) => s.title), 'Bijlage']);
    for (const h of headings)
      expect(h.getAttributeNS(NS.text, 'style-name')).toBe(`Heading_20_${get(h, 'text', 'outline-level')}`);
    const bookmarks = new Set(all(content, 'text', 'bookmark').map((b) => get(b, 'text', 'name')));
    expect(bookmarks.has('bijlage')).toBe(true);
    expect(bookmarks.has('besluit-1')).toBe(true);
    const internal = all(content, 'text', 'a')
      .map((a) => get(a, 'xlink', 'href') ?? '')
      .filter((href) => href.startsWith('#'));
    expect(internal).toContain('#besluit-1');
    for (const href of internal) expect(bookmarks.has(href.slice(1)), href).toBe(true);
  });

  it('writes a filled table of contents whose entries link to the headings', async () => {
    const { content } = await dutch;
    const toc = one(content, 'text', 'table-of-content');
    const body = one(toc, 'text', 'index-body');
    expect(flat(one(body, 'text', 'index-title'))).toBe('Inhoud');
    const entries = children(body, 'text', 'p');
    const links = entries.map((p) => one(p, 'text', 'a'));
    const model = buildExportModel(input);
    expect(links.map((a) => get(a, 'xlink', 'href'))).toEqual(model.toc.map((e) => `#${e.id}`));
    expect(
      entries.filter((p) => get(p, 'text', 'style-name') === 'Contents_20_1').map((p) => flat(p)),
    ).toEqual([...input.sections.map((s) => s.title), 'Bijlage'].map((t) => expect.stringContaining(t)));
    // The page numbers are references to the bookmarks, so they are right without updating the index,
    // and store no number of their own: a reader that does not lay out pages would show it, wrong.
    const bookmarks = new Set(all(content, 'text', 'bookmark').map((b) => get(b, 'text', 'name')));
    const refs = all(body, 'text', 'bookmark-ref');
    expect(refs).toHaveLength(model.toc.length);
    for (const ref of refs) {
      expect(get(ref, 'text', 'reference-format')).toBe('page');
      expect(bookmarks.has(get(ref, 'text', 'ref-name'))).toBe(true);
      expect(ref.textContent).toBe('');
    }
  });

  it('keeps nested and numbered lists, line breaks and marks', async () => {
    const { content } = await dutch;
    const lists = all(content, 'text', 'list');
    const nested = lists.find((l) => flat(l).startsWith('Veilige speelplekken'));
    expect(nested).toBeDefined();
    const items = children(nested as Element, 'text', 'list-item');
    expect(items).toHaveLength(2);
    expect(paragraphs(one(items[1] as Element, 'text', 'list'))).toEqual([
      'Ook in de zomer',
      'Met koffie voor € 1',
    ]);
    const ordered = lists.find((l) => flat(l).startsWith('Ophalen wat bewoners willen'));
    expect(ordered && get(ordered, 'text', 'style-name')).toBe('Numbered_20_List');
    const firstItem = ordered && children(ordered, 'text', 'list-item')[0];
    expect(firstItem && get(firstItem, 'text', 'start-value')).toBe('1');
    const broken = all(content, 'text', 'p').find((p) => odfText(p).startsWith('Eerste regel'));
    expect(broken && odfText(broken)).toBe('Eerste regel\ntweede regel met ë, ï, é en €.');
    const bold = all(content, 'text', 'span').find((s) => odfText(s) === 'vet');
    const boldStyle = all(content, 'style', 'style').find(
      (s) => get(s, 'style', 'name') === get(bold as Element, 'text', 'style-name'),
    );
    expect(boldStyle && get(one(boldStyle, 'style', 'text-properties'), 'fo', 'font-weight')).toBe('bold');
  });

  it('writes tables with header rows, and the decision figures in order in their row', async () => {
    const { content } = await dutch;
    const tables = all(content, 'table', 'table');
    const rowsOf = (t: Element) =>
      all(t, 'table', 'table-row').map((r) => all(r, 'table', 'table-cell').map(flat));
    const plan = tables.find((t) => flat(t).startsWith('Wie'));
    expect(plan && rowsOf(plan)[2]).toEqual([
      'Gemeente Utrecht',
      'Betaalt de verlichting (€ 12.500)',
      'April',
    ]);
    const decision = tables.find((t) => {
      const caption = t.previousSibling as Element | null;
      return caption !== null && flat(caption).startsWith('Uitslag per groep');
    });
    expect(decision).toBeDefined();
    const d = decision as Element;
    expect(all(one(d, 'table', 'table-header-rows'), 'table', 'table-cell').map(flat)).toEqual([
      'Keuze',
      'Bewoners',
      'Ambtenaren',
      'Partners (advies, telt niet mee)',
    ]);
    expect(rowsOf(d)[1]).toEqual(['Zamenhofplein', '2 (67%)', '1 (100%)', '0 (0%)']);
    expect(rowsOf(d)[2]).toEqual(['Gagelplein', '1 (33%)', '0 (0%)', '1 (100%)']);
  });

  it('has the named styles, list styles, an A4 page and a footer with the page number, and the font', async () => {
    const { styles } = await dutch;
    const named = new Map(all(styles, 'style', 'style').map((s) => [get(s, 'style', 'name'), s]));
    for (const name of [
      'Title',
      'Subtitle',
      'Text_20_body',
      'Table_20_Contents',
      'Quotations',
      'Status',
      'Note',
      'Lead',
    ])
      expect(named.has(name), name).toBe(true);
    for (const level of [1, 2, 3, 4]) {
      const h = named.get(`Heading_20_${level}`);
      expect(h && get(h, 'style', 'default-outline-level')).toBe(String(level));
    }
    const h1 = named.get('Heading_20_1');
    expect(h1 && get(one(h1, 'style', 'paragraph-properties'), 'fo', 'break-before')).toBe('page');
    const lists = all(styles, 'text', 'list-style');
    expect(lists.some((l) => all(l, 'text', 'list-level-style-bullet').length > 0)).toBe(true);
    expect(lists.some((l) => all(l, 'text', 'list-level-style-number').length > 0)).toBe(true);
    const page = one(styles, 'style', 'page-layout-properties');
    expect([get(page, 'fo', 'page-width'), get(page, 'fo', 'page-height')]).toEqual(['21cm', '29.7cm']);
    const master = all(styles, 'style', 'master-page').find((m) => get(m, 'style', 'name') === 'Standard');
    expect(master && all(one(master, 'style', 'footer'), 'text', 'page-number')).toHaveLength(1);
    const font = one(styles, 'style', 'font-face');
    expect([get(font, 'style', 'name'), get(font, 'style', 'font-family-generic')]).toEqual([
      'Noto Sans',
      'swiss',
    ]);
  });

  it('has the title, language, generator and date in meta.xml', async () => {
    const { meta } = await dutch;
    expect(flat(one(meta, 'dc', 'title'))).toBe('Ambitiedocument Overvecht');
    expect(flat(one(meta, 'dc', 'language'))).toBe('nl-NL');
    expect(flat(one(meta, 'meta', 'generator'))).toBe('Wijkatelier');
    expect(flat(one(meta, 'dc', 'date'))).toBe('2026-11-27T10:00:00Z');
  });

  it('keeps Dutch characters, the title page and the empty section note', async () => {
    const { content } = await dutch;
    const text = flat(one(content, 'office', 'text'));
    for (const c of ['ë', 'ï', 'é', '€', 'Ş', 'ü']) expect(text).toContain(c);
    expect(text).toContain('Dit deel is nog leeg.');
    expect(paragraphs(one(content, 'office', 'text')).slice(0, 4)).toEqual([
      'Ambitiedocument Overvecht',
      'Samen voor Overvecht · Overvecht, Utrecht',
      'Werkgroep',
      'Samen voor Overvecht',
    ]);
  });

  it('escapes markup, drops characters XML cannot hold, keeps runs of spaces, and writes spanned cells', async () => {
    const model = buildExportModel(input);
    const cell = (value: string, colspan = 1, rowspan = 1) => ({
      header: false,
      colspan,
      rowspan,
      blocks: [{ kind: 'paragraph', style: 'normal', inlines: [{ text: value }] } as Block],
    });
    model.body = [
      {
        kind: 'paragraph',
        style: 'normal',
        inlines: [{ text: '  a < b & "c" \'d\'\u0001\uFFFF  twee   spaties ' }],
      },
      {
        kind: 'table',
        caption: '',
        rows: [
          [cell('breed', 2), cell('hoog', 1, 2)],
          [cell('x'), cell('y')],
          [cell('p'), cell('q'), cell('r')],
        ],
      },
    ];
    const { content } = await open(model);
    const p = all(content, 'text', 'p').find((e) => odfText(e).includes('spaties'));
    expect(p && odfText(p)).toBe('  a < b & "c" \'d\'  twee   spaties ');
    const rows = all(all(content, 'table', 'table').at(-1) as Element, 'table', 'table-row');
    const shape = rows.map((r) =>
      Array.from(r.childNodes)
        .filter((n): n is Element => n.nodeType === 1)
        .map((c) =>
          c.localName === 'covered-table-cell'
            ? '-'
            : `${flat(c)}:${get(c, 'table', 'number-columns-spanned') ?? 1}x${get(c, 'table', 'number-rows-spanned') ?? 1}`,
        ),
    );
    expect(shape).toEqual([
      ['breed:2x1', '-', 'hoog:1x2'],
      ['x:1x1', 'y:1x1', '-'],
      ['p:1x1', 'q:1x1', 'r:1x1'],
    ]);
  });

  it('is English for an English export', async () => {
    const { content, meta } = await open(buildExportModel(richExportInput({ lang: 'en' })));
    expect(flat(one(meta, 'dc', 'language'))).toBe('en-GB');
    const level1 = all(content, 'text', 'h').filter((h) => get(h, 'text', 'outline-level') === '1');
    expect(level1.map(flat).at(-1)).toBe('Appendix');
    expect(flat(one(one(content, 'text', 'table-of-content'), 'text', 'index-title'))).toBe('Contents');
    expect(flat(one(content, 'office', 'text'))).toContain('This part is still empty.');
  });
});
