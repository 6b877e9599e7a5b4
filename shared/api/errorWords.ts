import type { MessageParams } from '../i18n/translate';
import { partyInUseWords, type Translate } from '../network/partyInUse';
import type { ErrorCode } from './errors';

/**
 * Errors whose words are put together from their params (a list of places, counts with titles), more
 * than one `{{name}}` template can say; null falls back to the code's own message.
 */
const COMPOSED: Partial<Record<ErrorCode, (tr: Translate, params: MessageParams) => string | null>> = {
  party_in_use: partyInUseWords,
};

/**
 * The words for an error with its params, from the catalogue `tr` reads (the server's `t` in a language,
 * the client's i18next): the same sentence in the API's `message` and on the screen.
 */
export function errorWords(tr: Translate, code: ErrorCode, params: MessageParams = {}): string {
  return COMPOSED[code]?.(tr, params) ?? tr(`errors.${code}`, params);
}
