import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client';

/** A failed load, in plain words, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow" role="alert">
      <Paragraph>
        {error instanceof ApiRequestError
          ? error.message
          : navigator.onLine
            ? t('errors.generic')
            : t('errors.offline')}
      </Paragraph>
      {onRetry && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
