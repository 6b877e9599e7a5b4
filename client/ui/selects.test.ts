import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe('dropdowns', () => {
  // The stylesheet draws the arrow on `.utrecht-select--html-select` (the Utrecht CSS removes the
  // browser's own with appearance: none): a select without that class would look like a text box
  // again, or like no other field on the page.
  it('every <select> in the client has the class the arrow is drawn on', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of sourceFiles(path.resolve(import.meta.dirname, '..'))) {
      const code = fs.readFileSync(file, 'utf8');
      // The opening tag's attributes: up to its first option (an arrow function's `=>` ends no tag).
      for (const m of code.matchAll(/<select\s[\s\S]*?(?=<option|\{[a-zA-Z.]+\.map|<\/select>)/g)) {
        count++;
        if (!m[0].includes('utrecht-select--html-select'))
          missing.push(`${path.relative(process.cwd(), file)}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('the stylesheet gives them an arrow that a theme may replace', () => {
    const css = fs.readFileSync(path.resolve(import.meta.dirname, '../styles.css'), 'utf8');
    expect(css).toMatch(
      /\.utrecht-select--html-select:not\(\[multiple\]\) \{\s*background-image: var\(\s*--utrecht-select-background-image,\s*url\("data:image\/svg\+xml/,
    );
  });
});
