import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bannedWordsIn } from '../../shared/i18n/plainDutch';
import en from './en.json';
import nl from './nl.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const catalogs = { nl: flatten(nl), en: flatten(en) };
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
  it('have exactly the same keys in Dutch and English', () => {
    const missingInEn = [...catalogs.nl.keys()].filter((k) => !catalogs.en.has(k));
    const missingInNl = [...catalogs.en.keys()].filter((k) => !catalogs.nl.has(k));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it('use the same placeholders in both languages and have no empty messages', () => {
    for (const [key, text] of catalogs.nl) {
      expect(text, `nl ${key}`).not.toBe('');
      expect(catalogs.en.get(key), `en ${key}`).not.toBe('');
      expect(placeholders(catalogs.en.get(key) ?? ''), key).toEqual(placeholders(text));
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
