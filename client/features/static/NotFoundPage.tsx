import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t('notFound.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
