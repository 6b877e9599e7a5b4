import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import { exportFileName } from '../../../shared/schemas/export';
import { apiUrl } from '../../api/client';
import { DownloadProgress } from '../export/DownloadProgress';
import { useDownload } from '../export/useDownload';
import { todayDay } from './akkoordModel';

/** The formats the akkoord is handed over in: for the archive, and to edit further. */
const AKKOORD_FORMATS = ['pdf', 'odt', 'docx'] as const;

/**
 * Download the akkoord as a file (with the afspraken as a table and a signature page), made on our own
 * server through the same export as documents. For the facilitator (the server checks it too).
 */
export function AkkoordExport({ werkgroepId, wijk }: { werkgroepId: string; wijk: string }) {
  const { t, i18n } = useTranslation();
  const download = useDownload();
  const start = (format: (typeof AKKOORD_FORMATS)[number]) => {
    const lang = languageOf(i18n.language);
    const fallback = exportFileName('wijkakkoord', wijk, todayDay(), format);
    void download.start(apiUrl('exportAkkoord', { werkgroepId }, { format, lang }), fallback);
  };
  return (
    <details className="export panel akkoord__export">
      <summary className="export__summary">{t('export.title')}</summary>
      <Paragraph className="muted">{t('akkoord.exportIntro')}</Paragraph>
      <div className="actions">
        {AKKOORD_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={download.busy}
            onClick={() => start(f)}
          >
            {t('export.download', { format: t(`export.formats.${f}.name`) })}
          </button>
        ))}
      </div>
      <DownloadProgress state={download.state} onCancel={download.cancel} />
    </details>
  );
}
