import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { toHtml } from './html';
import { buildExportModel } from './model';

async function parse(lang: 'nl' | 'en' = 'nl') {
  const bytes = await toHtml(buildExportModel(richExportInput({ lang })));
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => level !== 'warning' && errors.push(msg),
  }).parseFromString(new TextDecoder().decode(bytes), 'text/html');
  expect(errors).toEqual([]);
  return doc;
}
const all = (root: { getElementsByTagName(n: string): ArrayLike<Element> }, tag: string) =>
  Array.from(root.getElementsByTagName(tag));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('HTML export, read back with a DOM parser', () => {
  it('is one page with its language, title and styles inside, no scripts', async () => {
    const doc = await parse();
    expect(doc.documentElement?.getAttribute('lang')).toBe('nl-NL');
    expect(text(all(doc, 'title')[0])).toBe('Ambitiedocument Overvecht');
    expect(all(doc, 'style')).toHaveLength(1);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(all(doc, 'link')).toHaveLength(0);
  });

  it('has one h1 (the title), the sections and appendix as h2 in order, and a TOC linking to them', async () => {
    const doc = await parse();
    expect(all(doc, 'h1').map(text)).toEqual(['Ambitiedocument Overvecht']);
    const parts = all(doc, 'h2').filter((h) => h.getAttribute('class') === 'part');
    const input = richExportInput();
    expect(parts.map(text)).toEqual([...input.sections.map((s) => s.title), 'Bijlage']);
    const nav = all(doc, 'nav')[0];
    expect(nav).toBeDefined();
    const targets = all(nav as Element, 'a').map((a) => a.getAttribute('href')?.slice(1));
    const ids = new Set(all(doc, '*').map((e) => e.getAttribute('id')));
    for (const t of targets) expect(ids.has(t ?? '')).toBe(true);
    for (const p of parts) expect(targets).toContain(p.getAttribute('id'));
  });

  it('keeps lists, quote, table headers with scope, and the decision figures in order', async () => {
    const doc = await parse();
    expect(all(doc, 'ul').some((ul) => all(ul, 'ul').length > 0)).toBe(true);
    expect(all(doc, 'ol').some((ol) => text(ol).startsWith('Ophalen wat bewoners willen'))).toBe(true);
    expect(text(all(doc, 'blockquote')[0])).toContain('Wij zijn de wijk');
    const tables = all(doc, 'table');
    const decision = tables.find((t) => text(all(t, 'caption')[0]).startsWith('Uitslag per groep'));
    expect(decision).toBeDefined();
    const rows = all(decision as Element, 'tr').map((r) =>
      all(r, '*')
        .filter((c) => /^t[hd]$/.test(c.tagName))
        .map(text),
    );
    expect(rows.slice(0, 3)).toEqual([
      ['Keuze', 'Bewoners', 'Ambtenaren', 'Partners (advies, telt niet mee)'],
      ['Zamenhofplein', '2 (67%)', '1 (100%)', '0 (0%)'],
      ['Gagelplein', '1 (33%)', '0 (0%)', '1 (100%)'],
    ]);
    expect(all(decision as Element, 'th').filter((th) => th.getAttribute('scope') === 'col')).toHaveLength(4);
  });

  it('escapes text, keeps Dutch characters and the empty section note', async () => {
    const doc = await parse();
    const body = text(all(doc, 'main')[0]);
    for (const c of ['ë', 'ï', 'é', '€', 'Ş']) expect(body).toContain(c);
    expect(body).toContain('Dit deel is nog leeg.');
    expect(all(doc, 'a').some((a) => a.getAttribute('href') === '#besluit-1')).toBe(true);
  });

  it('is English for an English export', async () => {
    const doc = await parse('en');
    expect(doc.documentElement?.getAttribute('lang')).toBe('en-GB');
    expect(all(doc, 'h2').map(text)).toContain('Appendix');
  });
});
