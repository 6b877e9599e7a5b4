import { describe, expect, it } from 'vitest';
import { apiErrorSchema, ERROR_CODES } from '../../shared/api/errors';
import { CATALOGUES } from '../../shared/i18n/languages';
import { LANGUAGES } from '../../shared/i18n/translate';
import { ApiError, errorBody } from './errors';

describe('API errors: a stable code with parameters, worded from the catalogues', () => {
  it('every code has words in every language (errors.<code> in shared/i18n)', () => {
    const missing = LANGUAGES.flatMap((lang) => {
      const words: Record<string, unknown> = CATALOGUES[lang].errors;
      return ERROR_CODES.filter((code) => typeof words[code] !== 'string' || words[code] === '').map(
        (code) => `${lang} errors.${code}`,
      );
    });
    expect(missing).toEqual([]);
  });

  it('the body carries the Dutch words as message (and English as messageEn) from the catalogues', () => {
    for (const code of ERROR_CODES) {
      const body = errorBody(code);
      expect(apiErrorSchema.parse(body)).toEqual(body);
      expect(body).toMatchObject({
        code,
        message: CATALOGUES.nl.errors[code],
        messageEn: CATALOGUES.en.errors[code],
      });
      expect(body).not.toHaveProperty('params');
    }
  });

  it('the last facilitator and a meeting in the wrong state each have their own words', () => {
    const words = (code: 'last_facilitator' | 'meeting_not_running' | 'meeting_already_started') =>
      errorBody(code).message;
    expect(words('last_facilitator')).toMatch(/minstens één procesbegeleider/);
    expect(words('meeting_not_running')).toMatch(/alleen tijdens de bijeenkomst/);
    expect(words('meeting_already_started')).toMatch(/al begonnen/);
  });

  it('parameters go along in the body, for the client to word the code itself', () => {
    const err = ApiError.with('limit_reached', { max: 50 });
    expect([err.code, err.params, err.message]).toEqual([
      'limit_reached',
      { max: 50 },
      CATALOGUES.en.errors.limit_reached,
    ]);
    expect(errorBody(err.code, err.issues, err.params)).toMatchObject({
      code: 'limit_reached',
      params: { max: 50 },
    });
  });
});
