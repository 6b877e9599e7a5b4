import { useTranslation } from 'react-i18next';

/**
 * One button to the other language; the choice is remembered on this device. Its name is what it shows
 * ("EN English"), so people who speak or see the button name it the same (WCAG 2.5.3 Label in Name);
 * "Switch to English" is its description.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <button
      type="button"
      className="shell__language utrecht-button utrecht-button--subtle"
      lang={other}
      title={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <span className="shell__language-code">{other.toUpperCase()}</span>{' '}
      <span>{t('language.switchTo')}</span>
    </button>
  );
}
