import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../shared/api/errors';
import { bannedWordsIn } from '../shared/i18n/plainDutch';
import { exportLabels } from './export/labels';
import { errorBody } from './http/errors';

/** Every Dutch text in a labels object: its strings, and the source of the functions that build sentences. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, value.toString()]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the server’s Dutch texts use none of the banned words (shared/i18n/banned-words.nl.json)', () => {
  it('in the export’s labels', () => {
    const found = texts(exportLabels('nl'), '').flatMap(([path, text]) =>
      bannedWordsIn(text).map((w) => `${path}: “${w.word}” → ${w.use}`),
    );
    expect(found).toEqual([]);
  });

  it('in the API’s error messages', () => {
    const found = ERROR_CODES.flatMap((code) =>
      bannedWordsIn(errorBody(code).message).map((w) => `${code}: “${w.word}” → ${w.use}`),
    );
    expect(found).toEqual([]);
  });
});
