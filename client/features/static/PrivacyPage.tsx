import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearOfflineCopies } from '../../api/client';
import { clearStoredLanguage } from '../../i18n';
import { StaticPage } from './StaticPage';

/** Deletes what this app keeps in the browser: local document copies and the language choice. */
async function clearDeviceData(): Promise<void> {
  const databases = await indexedDB.databases?.().catch(() => []);
  const names = new Set((databases ?? []).map((d) => d.name).filter((n): n is string => !!n));
  await Promise.all(
    [...names]
      .filter((n) => n.startsWith('wijkatelier:'))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
  clearStoredLanguage();
  clearOfflineCopies();
  // The offline copies of pages and API answers the service worker keeps.
  if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
}

export function PrivacyPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <StaticPage
      title={t('privacy.title')}
      intro={t('privacy.intro')}
      sections={[
        {
          title: t('privacy.whatTitle'),
          items: [t('privacy.what1'), t('privacy.what2'), t('privacy.what3')],
        },
        { title: t('privacy.deviceTitle'), paragraphs: [t('privacy.device')] },
        { title: t('privacy.whereTitle'), paragraphs: [t('privacy.where')] },
        { title: t('privacy.rightsTitle'), paragraphs: [t('privacy.rights')] },
      ]}
    >
      <section>
        <Heading2>{t('privacy.localTitle')}</Heading2>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void clearDeviceData().then(() => setDone(true))}
        >
          {t('privacy.localButton')}
        </button>
        <div role="status">{done && <Paragraph>{t('privacy.localDone')}</Paragraph>}</div>
      </section>
    </StaticPage>
  );
}
