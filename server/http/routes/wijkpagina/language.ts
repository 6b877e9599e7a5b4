import type { Request } from 'express';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../../../shared/i18n/translate';

/** The page's language: `?lang=` when it is one of ours, else the browser's Accept-Language, else Dutch. */
export function languageFor(req: Request): Language {
  const asked = req.query.lang;
  if (isLanguage(asked)) return asked;
  const accepted = req.acceptsLanguages(...LANGUAGES);
  return isLanguage(accepted) ? accepted : DEFAULT_LANGUAGE;
}
