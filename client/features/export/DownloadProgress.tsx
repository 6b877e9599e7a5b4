import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DownloadState } from './useDownload';

/** What a download is doing, in words and a bar; announced to screen readers as it changes phase. */
export function DownloadProgress({ state, onCancel }: { state: DownloadState; onCancel: () => void }) {
  const { t } = useTranslation();
  const busy = state.phase === 'making' || state.phase === 'receiving';
  return (
    <div className="download-progress">
      <div role="status" aria-live="polite">
        {state.phase === 'making' && <Paragraph>{t('export.making')}</Paragraph>}
        {state.phase === 'receiving' && (
          <Paragraph>
            {state.percent === null
              ? t('export.receiving')
              : t('export.receivingPercent', { percent: state.percent })}
          </Paragraph>
        )}
        {state.phase === 'done' && <Paragraph>{t('export.done', { name: state.fileName })}</Paragraph>}
      </div>
      {busy && (
        <>
          <progress
            className="download-progress__bar"
            aria-label={t('export.progress')}
            max={100}
            value={state.phase === 'receiving' && state.percent !== null ? state.percent : undefined}
          />
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
            {t('export.cancel')}
          </button>
        </>
      )}
      {state.phase === 'error' && (
        <div role="alert" className="download-progress__error">
          <Paragraph>{t('export.failed', { message: state.message })}</Paragraph>
        </div>
      )}
    </div>
  );
}
