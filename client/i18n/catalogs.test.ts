import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/languages';
import { bannedWordsIn } from '../../shared/i18n/plainDutch';
import { LANGUAGES } from '../../shared/i18n/translate';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const catalogs = { nl: flatten(CATALOGUES.nl), en: flatten(CATALOGUES.en) };
/** Every language but Dutch, the reference the others are held to. */
const others = LANGUAGES.filter((l) => l !== 'nl').map((l) => [l, flatten(CATALOGUES[l])] as const);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** i18next plural forms: `key_one`, `key_other`, … are used as `t('key', { count })`. */
const baseKey = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('message catalogs', () => {
  it('have exactly the same keys in Dutch and English (and every other language)', () => {
    const missingInEn = [...catalogs.nl.keys()].filter((k) => !catalogs.en.has(k));
    const missingInNl = [...catalogs.en.keys()].filter((k) => !catalogs.nl.has(k));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
    for (const [lang, catalog] of others)
      expect([...catalog.keys()].sort(), lang).toEqual([...catalogs.nl.keys()].sort());
  });

  it('use the same placeholders in every language and have no empty messages', () => {
    for (const [key, text] of catalogs.nl) {
      expect(text, `nl ${key}`).not.toBe('');
      for (const [lang, catalog] of others) {
        expect(catalog.get(key), `${lang} ${key}`).not.toBe('');
        expect(placeholders(catalog.get(key) ?? ''), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('contain every key the client code asks for', () => {
    const known = new Set([...catalogs.nl.keys()].map(baseKey));
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(import.meta.dirname, '..'))) {
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (m[1]) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it('use none of the banned words in Dutch (shared/i18n/banned-words.nl.json says what to write instead)', () => {
    const found = [...catalogs.nl].flatMap(([key, text]) =>
      bannedWordsIn(text).map((w) => `${key}: “${w.word}” → ${w.use}`),
    );
    expect(found).toEqual([]);
  });
});
