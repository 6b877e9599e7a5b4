import { unzipSync } from 'fflate';
import { lexer, parse } from 'marked';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { buildArchive } from './archive';

const WG = 'WG <img src=x onerror=alert(1)> & *vet* # Overvecht #';
const read = (files: Record<string, Uint8Array>, name: string) => new TextDecoder().decode(files[name]);

function archive(name: string, decisionText: string) {
  const input = richExportInput();
  const [first] = input.decisions;
  if (!first) throw new Error('the fixture has decisions');
  return unzipSync(
    buildArchive({
      lang: 'nl',
      now: input.now,
      werkgroep: { ...input.werkgroep, name, wijk: 'Overvecht\u202Etxt.exe', createdAt: input.now },
      members: [],
      documentFiles: [],
      akkoordFiles: [],
      boards: [],
      votes: [],
      decisions: [{ ...first, text: decisionText, question: '<script>alert(1)</script>' }],
      meetings: [],
      sectionTitles: new Map(),
      indicators: [],
      uitvoering: { acties: [], updates: [], photos: new Map(), partyNames: new Map() },
    }),
  );
}

describe('[EXP] the archive writes user text as text', () => {
  it('besluitenlijst.md shows a werkgroep name and decisions with markup exactly as typed, no HTML', async () => {
    const files = archive(WG, '<b>Ja</b> & [link](javascript:alert(1))');
    const md = read(files, 'besluitenlijst.md');
    const [heading] = lexer(md).filter((t) => t.type === 'heading');
    // What a Markdown viewer shows: the name as typed, inside the heading, no tag, no emphasis.
    const html = await parse(md);
    expect(html).not.toMatch(/<img|<script|<b>|href=/);
    expect(heading && (await parse(heading.raw))).toBe(
      '<h1>Besluiten: WG &lt;img src=x onerror=alert(1)&gt; &amp; *vet* # Overvecht #</h1>\n',
    );
    expect(html).toContain('&lt;b&gt;Ja&lt;/b&gt; &amp; [link](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('LEESMIJ.txt keeps a name on its own line and drops direction overrides', () => {
    const files = archive('WG\nborden/  nep-regel', 'Ja');
    const lines = read(files, 'LEESMIJ.txt').split('\n');
    expect(lines[0]).toBe('Archief van werkgroep WG borden/  nep-regel (Overvecht txt.exe, Utrecht).');
    expect(lines.filter((l) => l.startsWith('borden/'))).toHaveLength(1);
  });
});
