import './wijkpagina.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import type { PublicationView } from '../../../shared/wijkpagina/publication';
import { api, apiUrl } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { QuestionsPanel } from './QuestionsPanel';
import { SettingsForm } from './SettingsForm';

/** The facilitator's page for the public wijkpagina: what is on it, the poster, and residents' questions. */
export function WijkpaginaPage() {
  const { t, i18n } = useTranslation();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const allowed = can(detail.me.role, 'wijkpagina.manage');
  const loaded = useResource(allowed ? `wijkpagina:${werkgroepId}` : null, () =>
    api('getWijkpagina', { params: { werkgroepId } }),
  );
  const [view, setView] = useState<PublicationView | null>(null);
  if (!allowed)
    return (
      <div className="page page--narrow">
        <Heading1>{t('wijkpagina.settings.title')}</Heading1>
        <Paragraph>{t('wijkpagina.settings.onlyFacilitator')}</Paragraph>
      </div>
    );
  const current = view ?? loaded.data;
  const lang = i18n.language.slice(0, 2);
  return (
    <div className="page page--narrow">
      <Heading1>{t('wijkpagina.settings.title')}</Heading1>
      <Paragraph appearance="lead">{t('wijkpagina.settings.intro')}</Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {current && (
        <>
          <p className="wijkpagina-links">
            {current.settings.published && current.saved ? (
              <a className="utrecht-link" href={current.path} target="_blank" rel="noopener">
                {t('wijkpagina.settings.open')}: {window.location.origin}
                {current.path}
              </a>
            ) : (
              <span>{t('wijkpagina.settings.offline')}</span>
            )}
            {(['A4', 'A3'] as const).map((size) => (
              <a
                key={size}
                className="utrecht-link"
                href={apiUrl('wijkPoster', { werkgroepId }, { size, lang })}
                download
              >
                {t(size === 'A4' ? 'wijkpagina.settings.posterA4' : 'wijkpagina.settings.posterA3')}
              </a>
            ))}
          </p>
          <SettingsForm key={werkgroepId} werkgroepId={werkgroepId} view={current} onSaved={setView} />
          <QuestionsPanel werkgroepId={werkgroepId} />
        </>
      )}
    </div>
  );
}
