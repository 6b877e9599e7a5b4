import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, languageOf } from '../../shared/i18n/translate';

/**
 * One button to the next language of the list; the choice is remembered on this device. Its name is what
 * it shows ("EN English"), so people who speak or see the button name it the same (WCAG 2.5.3 Label in
 * Name); "Switch to English" is its description. Both come from the other language's own catalogue.
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const other =
    LANGUAGES[(LANGUAGES.indexOf(languageOf(i18n.language)) + 1) % LANGUAGES.length] ?? DEFAULT_LANGUAGE;
  const inOther = i18n.getFixedT(other);
  return (
    <button
      type="button"
      className="shell__language utrecht-button utrecht-button--subtle"
      lang={other}
      title={inOther('language.switchToThis')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <span className="shell__language-code">{other.toUpperCase()}</span>{' '}
      <span>{inOther('language.name')}</span>
    </button>
  );
}
