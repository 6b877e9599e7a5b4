import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../schemas/export';
import { CATALOGUES } from './languages';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, languageOf, locale, longDate, t } from './translate';

describe('the shared catalogues (t for the server and the exports)', () => {
  it('derive the languages from the one list, Dutch first', () => {
    expect(LANGUAGES).toEqual(Object.keys(CATALOGUES));
    expect(DEFAULT_LANGUAGE).toBe('nl');
    expect([isLanguage('en'), isLanguage('fr'), isLanguage('toString'), isLanguage(undefined)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([languageOf('en'), languageOf('en-US'), languageOf(null)]).toEqual(['en', 'nl', 'nl']);
  });

  it('fill {{placeholders}} once, so a {{…}} or $& in the werkgroep’s own text stays as written', () => {
    expect(t('nl', 'export.file.page', { n: 2, of: 7 })).toBe('Pagina 2 van 7');
    expect(t('en', 'export.file.commentOn', { quote: '{{quote}} $& $1' })).toBe(
      'On the text: “{{quote}} $& $1”',
    );
  });

  it('pick the plural form by count, as i18next does (_one, _other)', () => {
    expect([0, 1, 2].map((count) => t('nl', 'export.file.unnamed', { count }))).toEqual([
      '0 leden staan niet met naam in dit document.',
      '1 lid staat niet met naam in dit document.',
      '2 leden staan niet met naam in dit document.',
    ]);
    expect(t('en', 'export.file.compositionIntro', { count: 1 })).toBe('The working group has 1 member.');
  });

  it('word dates in each language’s own locale', () => {
    expect(locale('nl')).toBe('nl-NL');
    expect(locale('en')).toBe('en-GB');
    expect(longDate('2026-11-27T12:00:00Z', 'nl')).toBe('27 november 2026');
    expect(longDate('2026-11-27T12:00:00Z', 'en')).toBe('27 November 2026');
  });

  it('every export format has its words (name, short name, hint) in every language', () => {
    const missing = LANGUAGES.flatMap((lang) => {
      const formats: Record<string, Record<string, unknown> | undefined> = CATALOGUES[lang].export.formats;
      return EXPORT_FORMATS.flatMap((f) =>
        (['name', 'short', 'hint'] as const)
          .filter((part) => typeof formats[f]?.[part] !== 'string')
          .map((part) => `${lang} export.formats.${f}.${part}`),
      );
    });
    expect(missing).toEqual([]);
  });
});
