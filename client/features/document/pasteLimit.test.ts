import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../shared/editor/extensions';
import { SYNC_LIMITS } from '../../../shared/sync/protocol';
import { PASTE_MAX_BYTES, pastedBytes } from './pasteLimit';

const schema = getSchema(documentExtensions());
const paragraphs = (texts: string[]) => {
  const { doc, paragraph } = schema.nodes;
  if (!doc || !paragraph) throw new Error('schema without doc or paragraph');
  return doc.create(
    null,
    texts.map((t) => paragraph.create(null, t ? schema.text(t) : null)),
  ).content;
};

describe('paste limit', () => {
  it('stays well inside the server limit for one update', () => {
    expect(PASTE_MAX_BYTES).toBeLessThanOrEqual(SYNC_LIMITS.maxUpdateBytes / 2);
  });

  it('counts bytes of UTF-8 text, not characters, plus a little per node', () => {
    const ascii = paragraphs(['abc']);
    const arabic = paragraphs(['مرحبا']);
    expect(pastedBytes(ascii)).toBe(3 + 2 * 4);
    expect(pastedBytes(arabic)).toBe(10 + 2 * 4);
  });

  it('a 40-page draft fits; 600,000 characters do not', () => {
    const draft = paragraphs(Array.from({ length: 400 }, () => 'Meer groen in de wijk. '.repeat(15)));
    const huge = paragraphs(['x'.repeat(600_000)]);
    expect(pastedBytes(draft)).toBeLessThan(PASTE_MAX_BYTES);
    expect(pastedBytes(huge)).toBeGreaterThan(PASTE_MAX_BYTES);
  });
});
