import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from '../../shared/i18n/languages';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../shared/i18n/translate';

const STORAGE_KEY = 'wijkatelier.language';

function storedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage blocked: Dutch, the default
  }
  return DEFAULT_LANGUAGE;
}

/** The catalogues of shared/i18n (the server words exports and errors from the same ones); Dutch first; the choice is remembered on this device and sets <html lang>. */
export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // not remembered; still switched for this visit
    }
  });
  return i18next;
}

export function clearStoredLanguage(): void {
  window.localStorage.removeItem(STORAGE_KEY);
}
