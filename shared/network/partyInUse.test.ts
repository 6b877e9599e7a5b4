import { describe, expect, it } from 'vitest';
import { errorWords } from '../api/errorWords';
import { type Language, t } from '../i18n/translate';
import { type PartyInUseParams, partyInUseWords, quotedTitles } from './partyInUse';

const none: PartyInUseParams = {
  afspraken: 0,
  afspraakTitles: '',
  signatory: 0,
  signatures: 0,
  signingLinks: 0,
  leads: 0,
  leadTitles: '',
  partners: 0,
  partnerTitles: '',
};
const words = (lang: Language, p: Partial<PartyInUseParams>) =>
  partyInUseWords((key, params) => t(lang, key, params), { ...none, ...p });

describe('party_in_use in words', () => {
  it('quotes up to three titles, cut short, and marks that there are more', () => {
    expect(quotedTitles(['Speeltuin', 'x'.repeat(80), 'Bankjes', 'Feest'])).toBe(
      `‘Speeltuin’, ‘${'x'.repeat(59)}…’, ‘Bankjes’ …`,
    );
    expect(quotedTitles([])).toBe('');
  });

  it('names every place in one sentence, in Dutch and English, with plurals', () => {
    const p = {
      afspraken: 2,
      afspraakTitles: '‘A’, ‘B’',
      signatory: 1,
      signingLinks: 1,
      partners: 1,
      partnerTitles: '‘C’',
    };
    expect(words('nl', p)).toBe(
      'Deze partij kan niet weg. Ze staat in het wijkakkoord (2 afspraken: ‘A’, ‘B’; in de lijst van partijen die tekenen; met een link om te tekenen) en is partner in 1 actie (‘C’). Haal haar daar eerst weg.',
    );
    expect(words('en', { leads: 2, leadTitles: '‘D’, ‘E’', signatures: 1 })).toBe(
      'This party cannot be removed. It has signed the wijkakkoord and leads 2 acties (‘D’, ‘E’). Remove it there first. A party that signed the wijkakkoord stays in the network.',
    );
  });

  it('falls back to the code’s own words when the params are not a party_in_use’s', () => {
    const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('nl', key, params);
    expect(partyInUseWords(tr, { afspraken: 'x' })).toBeNull();
    expect(partyInUseWords(tr, none)).toBeNull();
    expect(errorWords(tr, 'party_in_use', {})).toBe(t('nl', 'errors.party_in_use'));
    expect(errorWords(tr, 'limit_reached')).toBe(t('nl', 'errors.limit_reached'));
  });
});
