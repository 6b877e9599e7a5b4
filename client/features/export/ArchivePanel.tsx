import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/translate';
import { slug } from '../../../shared/schemas/export';
import { apiUrl } from '../../api/client';
import { DownloadProgress } from './DownloadProgress';
import { useDownload } from './useDownload';
import './export.css';

/** The werkgroep's complete data as one ZIP, for the municipality's archive. */
export function ArchivePanel({ werkgroepId, name }: { werkgroepId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const download = useDownload();
  const lang = languageOf(i18n.language);
  return (
    <section className="panel archive" aria-labelledby={`archive-${werkgroepId}`}>
      <Heading2 id={`archive-${werkgroepId}`}>{t('export.archive.title')}</Heading2>
      <Paragraph>{t('export.archive.intro')}</Paragraph>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={download.busy}
        aria-disabled={download.busy}
        onClick={() =>
          void download.start(
            apiUrl('exportArchive', { werkgroepId }, { lang }),
            `archief-${slug(name)}-${new Date().toISOString().slice(0, 10)}.zip`,
          )
        }
      >
        {t('export.archive.download')}
      </button>
      <DownloadProgress state={download.state} onCancel={download.cancel} />
    </section>
  );
}
