import { useTranslation } from 'react-i18next';
import { StaticPage } from './StaticPage';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <StaticPage
      title={t('accessibility.title')}
      intro={t('accessibility.intro')}
      sections={[
        { title: t('accessibility.standardTitle'), paragraphs: [t('accessibility.standard')] },
        {
          title: t('accessibility.howTitle'),
          items: [
            t('accessibility.how1'),
            t('accessibility.how2'),
            t('accessibility.how3'),
            t('accessibility.how4'),
          ],
        },
        { title: t('accessibility.limitsTitle'), paragraphs: [t('accessibility.limits')] },
        { title: t('accessibility.contactTitle'), paragraphs: [t('accessibility.contact')] },
      ]}
    />
  );
}
