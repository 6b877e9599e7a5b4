import { createHmac, timingSafeEqual } from 'node:crypto';
import { QUESTION_LIMITS } from '../../../shared/wijkpagina/question';

/**
 * The question form's time token: when the form was shown (seconds), signed with the page's own key
 * (stored with its settings, so every instance checks what another one made). A robot that posts at once,
 * or replays an old token forever, is refused without a third-party captcha.
 */
const mac = (key: string, slug: string, shownAt: number) =>
  createHmac('sha256', key).update(`${slug}.${shownAt}`).digest('base64url');

/**
 * Where the token goes in a cached page: replaced by a fresh token for every answer. Its `<` cannot come
 * from a werkgroep's text (every text is escaped), so only the form's own slot is ever replaced.
 */
export const FORM_TOKEN_SLOT = '<form-token>';

export const formToken = (key: string, slug: string, now: number): string => {
  const shownAt = Math.floor(now / 1000);
  return `${shownAt}.${mac(key, slug, shownAt)}`;
};

export type TokenCheck = 'ok' | 'invalid' | 'too_fast' | 'expired';

export function checkFormToken(key: string, slug: string, token: string, now: number): TokenCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const shownAt = Number(match[1]);
  const expected = Buffer.from(mac(key, slug, shownAt));
  const given = Buffer.from(match[2] ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now - shownAt * 1000;
  if (age < QUESTION_LIMITS.minFillMs) return 'too_fast';
  if (age > QUESTION_LIMITS.maxFormAgeMs) return 'expired';
  return 'ok';
}
