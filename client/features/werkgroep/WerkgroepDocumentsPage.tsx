import { FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/editor/templates';
import { can } from '../../../shared/permissions';
import { DOCUMENT_LIMITS } from '../../../shared/schemas/document';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from './WerkgroepContext';

export function WerkgroepDocumentsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const documents = useResource(`documents:${werkgroepId}`, () =>
    api('listDocuments', { params: { werkgroepId } }),
  );
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('ambitiedocument');
  const kindId = useId();
  const titleId = useId();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  const make = useAction(async () => {
    const doc = await api('createDocument', { params: { werkgroepId }, body: { title, kind } });
    void navigate(`/w/${werkgroepId}/d/${doc.id}`);
  });
  const create = (e: FormEvent) => {
    e.preventDefault();
    void make.run();
  };

  return (
    <div className="page page--narrow">
      <Heading1>{t('werkgroepDocuments.title')}</Heading1>
      <Paragraph appearance="lead">{t('werkgroepDocuments.intro')}</Paragraph>
      {documents.state === 'loading' && <Loading />}
      {documents.state === 'error' && <ErrorState error={documents.error} onRetry={documents.reload} />}
      {documents.state === 'ready' &&
        (documents.data.length === 0 ? (
          <Paragraph>{t('werkgroepDocuments.none')}</Paragraph>
        ) : (
          <ul className="card-list">
            {documents.data.map((d) => (
              <li key={d.id} className="card-list__item">
                <Link to={`/w/${werkgroepId}/d/${d.id}`} className="utrecht-link card-list__link">
                  {d.title}
                </Link>
                <span className="muted">
                  {t('werkgroepDocuments.created', { date: date.format(new Date(d.createdAt)) })}
                </span>
              </li>
            ))}
          </ul>
        ))}
      {can(detail.me.role, 'document.create') && (
        <form className="form-row" onSubmit={create}>
          <div className="form-row__field">
            <FormLabel htmlFor={titleId}>{t('werkgroepDocuments.newTitle')}</FormLabel>
            <Textbox
              id={titleId}
              value={title}
              required
              maxLength={DOCUMENT_LIMITS.titleMax}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="form-row__field">
            <FormLabel htmlFor={kindId}>{t('werkgroepDocuments.kind')}</FormLabel>
            <select
              id={kindId}
              className="utrecht-select utrecht-select--html-select"
              value={kind}
              onChange={(e) => setKind(e.target.value as DocumentKind)}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`werkgroepDocuments.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('werkgroepDocuments.create')}
          </button>
        </form>
      )}
      <div role="status">{make.error && <Paragraph className="form-error">{make.error}</Paragraph>}</div>
    </div>
  );
}
