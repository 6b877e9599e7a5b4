import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const clientDir = path.resolve('client');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(tsx?|css|html)$/.test(e.name) && !e.name.endsWith('.test.ts') && e.name !== 'nlds.css'
      ? [full]
      : [];
  });
}

const kebab = (name: string) => name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase();

/** Component blocks the client uses: `utrecht-<block>` classes and @utrecht/component-library-react imports. */
function usedBlocks(): Set<string> {
  const blocks = new Set<string>();
  for (const file of sources(clientDir)) {
    const text = fs.readFileSync(file, 'utf8');
    // A class name, not a custom property (`--utrecht-…`): the block is what comes before `--` or `__`.
    for (const m of text.matchAll(/(?<![-\w])utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g))
      blocks.add((m[1] as string).split(/--|__/)[0] as string);
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g))
      for (const name of (m[1] as string).split(','))
        if (name.trim())
          blocks.add(
            kebab(
              name
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)[0] as string,
            ),
          );
  }
  return blocks;
}

/** Parts rendered inside another component's block, styled by that component's CSS. */
const PART_OF: Record<string, string> = { 'unordered-list-item': 'unordered-list' };

describe('NL Design System CSS (client/nlds.css)', () => {
  it('imports the CSS package of every component the client uses, and no other', () => {
    const imported = [
      ...fs
        .readFileSync(path.join(clientDir, 'nlds.css'), 'utf8')
        .matchAll(/@import ["']@utrecht\/(.+)-css\//g),
    ].map((m) => m[1] as string);
    const used = new Set([...usedBlocks()].map((b) => PART_OF[b] ?? b));
    expect([...used].filter((b) => !imported.includes(b)).sort()).toEqual([]);
    expect(imported.filter((b) => !used.has(b)).sort()).toEqual([]);
    for (const block of imported)
      expect(fs.existsSync(path.resolve('node_modules', `@utrecht/${block}-css/dist/index.css`)), block).toBe(
        true,
      );
  });
});
