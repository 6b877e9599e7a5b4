import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { newDocumentId } from './newDocumentId';
import { readRecentDocuments } from './recentDocuments';

export function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [documents] = useState(readRecentDocuments);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="page page--narrow">
      <Heading1>{t('documents.title')}</Heading1>
      <Paragraph>{t('documents.intro')}</Paragraph>
      <div className="actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => void navigate(`/d/${newDocumentId()}`)}
        >
          {t('documents.new')}
        </button>
      </div>
      {documents.length === 0 ? (
        <Paragraph>{t('documents.none')}</Paragraph>
      ) : (
        <ul className="card-list">
          {documents.map((d) => (
            <li key={d.id} className="card-list__item">
              <Link to={`/d/${d.id}`} className="utrecht-link card-list__link">
                {t('documents.untitled', { id: d.id })}
              </Link>
              <span className="muted">{t('documents.lastOpened', { date: format.format(d.openedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
