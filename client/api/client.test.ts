import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors';
import { CATALOGUES } from '../../shared/i18n/languages';
import { ApiRequestError, errorOf } from './client';

const body = (code: string, message = 'Dutch words from the server'): ApiErrorBody =>
  ({ code, message, messageEn: 'English words from the server' }) as unknown as ApiErrorBody;

describe('the client words API errors itself, by code and parameters', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { nl: { translation: CATALOGUES.nl }, en: { translation: CATALOGUES.en } },
      lng: 'en',
      fallbackLng: 'nl',
      interpolation: { escapeValue: false },
    });
  });

  it('from its own catalogue, in the current language', async () => {
    await i18next.changeLanguage('en');
    expect(new ApiRequestError(409, body('last_facilitator')).message).toBe(
      CATALOGUES.en.errors.last_facilitator,
    );
    await i18next.changeLanguage('nl');
    expect(new ApiRequestError(409, body('meeting_not_running')).message).toBe(
      CATALOGUES.nl.errors.meeting_not_running,
    );
  });

  it('fills in the parameters the server sent', async () => {
    await i18next.changeLanguage('en');
    i18next.addResource('en', 'translation', 'errors.limit_reached', 'At most {{max}}.');
    const err = new ApiRequestError(409, { ...body('limit_reached'), params: { max: 50 } });
    expect([err.code, err.message]).toEqual(['limit_reached', 'At most 50.']);
    i18next.addResource('en', 'translation', 'errors.limit_reached', CATALOGUES.en.errors.limit_reached);
  });

  it('falls back to the server’s message for a code it does not know (a newer server)', () => {
    expect(new ApiRequestError(409, body('some_new_code')).message).toBe('Dutch words from the server');
  });

  it('uses the general words when the answer has no error body (a proxy’s page)', async () => {
    await i18next.changeLanguage('nl');
    const err = await errorOf(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect([err.status, err.code, err.message]).toEqual([
      502,
      'internal_error',
      CATALOGUES.nl.errors.generic,
    ]);
  });
});
