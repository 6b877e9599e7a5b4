import { useTranslation } from 'react-i18next';

/** One button to the other language; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <button
      type="button"
      className="shell__language utrecht-button utrecht-button--subtle"
      lang={other}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <span aria-hidden="true" className="shell__language-code">
        {other.toUpperCase()}
      </span>
      <span>{t('language.switchTo')}</span>
    </button>
  );
}
