import { lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { toMarkdown } from './markdown';
import { buildExportModel } from './model';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every token in document order, nested ones included. */
function walk(tokens: readonly Token[], out: Token[] = []): Token[] {
  for (const t of tokens) {
    out.push(t);
    if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens as Token[], out);
    if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens, out);
  }
  return out;
}

describe('Markdown export, read back with a Markdown parser (marked)', () => {
  const input = richExportInput();
  const model = buildExportModel(input);

  it('has the title, then every section and the appendix as level-2 headings, in order', async () => {
    const tokens = walk(lexer(decode(await toMarkdown(model))));
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings[0]).toMatchObject({ depth: 1, text: 'Ambitiedocument Overvecht' });
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([
      ...input.sections.map((s) => s.title),
      'Bijlage',
    ]);
    // The text's own headings sit one level below their section.
    expect(headings.map((h) => [h.depth, h.text])).toContainEqual([3, 'Onze ambitie voor 2030']);
    expect(headings.map((h) => [h.depth, h.text])).toContainEqual([
      4,
      'Besluit 1: Welk plein pakken we eerst aan?',
    ]);
  });

  it('keeps lists (nested, numbered), the quote, the rule, marks and links', async () => {
    const md = decode(await toMarkdown(model));
    const tokens = walk(lexer(md));
    const lists = tokens.filter((t): t is Tokens.List => t.type === 'list');
    expect(lists.some((l) => l.items.some((i) => i.text.startsWith('Veilige speelplekken')))).toBe(true);
    const nested = lists.find((l) => l.items.some((i) => i.text === 'Ook in de zomer'));
    expect(nested).toBeDefined();
    expect(lists.find((l) => l.ordered && l.items[0]?.text === 'Ophalen wat bewoners willen')).toBeDefined();
    expect(tokens.some((t) => t.type === 'blockquote' && t.text.includes('Wij zijn de wijk'))).toBe(true);
    expect(tokens.some((t) => t.type === 'hr')).toBe(true);
    expect(tokens.some((t) => t.type === 'strong' && t.text === 'vet')).toBe(true);
    expect(tokens.some((t) => t.type === 'em' && t.text === 'schuin')).toBe(true);
    expect(tokens.some((t) => t.type === 'del' && t.text === 'doorgehaald')).toBe(true);
    const links = tokens.filter((t): t is Tokens.Link => t.type === 'link');
    expect(links.map((l) => l.href)).toContain('https://www.utrecht.nl/overvecht');
    // A link to a decision points at the decision in the appendix, which has that anchor.
    expect(links.map((l) => l.href)).toContain('#besluit-1');
    expect(md).toContain('<a id="besluit-1"></a>');
  });

  it('keeps tables: the "wie doet wat" cells and the decision figures per group, in order', async () => {
    const tables = walk(lexer(decode(await toMarkdown(model)))).filter(
      (t): t is Tokens.Table => t.type === 'table',
    );
    const who = tables.find((t) => t.header.map((c) => c.text).join('|') === 'Wie|Doet wat|Wanneer');
    expect(who?.rows.map((r) => r.map((c) => c.text))).toContainEqual([
      'Gemeente Utrecht',
      'Betaalt de verlichting (€ 12.500)',
      'April',
    ]);
    const decision = tables.find((t) =>
      t.header.map((c) => c.text).includes('Partners (advies, telt niet mee)'),
    );
    expect(decision?.header.map((c) => c.text)).toEqual([
      'Keuze',
      'Bewoners',
      'Ambtenaren',
      'Partners (advies, telt niet mee)',
    ]);
    expect(decision?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Zamenhofplein', '2 (67%)', '1 (100%)', '0 (0%)'],
      ['Gagelplein', '1 (33%)', '0 (0%)', '1 (100%)'],
      ['Aantal stemmers', '3', '1', '1'],
    ]);
  });

  it('keeps Dutch characters, says an empty section is empty, names only who agreed', async () => {
    const md = decode(await toMarkdown(model));
    for (const c of ['ë', 'ï', 'é', '€', 'Ş']) expect(md).toContain(c);
    expect(md).toContain('Dit deel is nog leeg.');
    expect(md).toContain('Fatima el Idrissi');
    expect(md).not.toContain('Jan Geheim');
    expect(md).toContain('Een ambtenaar');
  });

  it('escapes Markdown syntax typed by people, so it reads back as the same text', async () => {
    const tricky = richExportInput({
      sections: [
        {
          id: 'sec0000000000001',
          title: '# Niet *vet* [geen link](x)',
          status: 'concept',
          content: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: '1. geen lijst | *geen nadruk* <b>' }] },
            ],
          },
        },
      ],
    });
    const tokens = walk(lexer(decode(await toMarkdown(buildExportModel(tricky)))));
    const h2 = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2);
    expect(h2?.tokens.map((t) => ('text' in t ? t.text : '')).join('')).toBe('# Niet *vet* [geen link](x)');
    expect(tokens.some((t) => t.type === 'list' && t.raw.includes('geen lijst'))).toBe(false);
    expect(tokens.some((t) => t.type === 'em' && t.text.includes('geen nadruk'))).toBe(false);
  });

  it('writes English words for an English export', async () => {
    const md = decode(await toMarkdown(buildExportModel(richExportInput({ lang: 'en' }))));
    const headings = walk(lexer(md)).filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => h.text)).toContain('Appendix');
    expect(md).toContain('Current text');
  });
});
