import { FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import type { MemberRole } from '../../../shared/schemas/member';
import { VERSION_LIMITS, type VersionDetail } from '../../../shared/schemas/version';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';

/** Saved versions: the facilitator saves and restores; everyone views and compares. */
export function VersionsPanel({
  documentId,
  role,
  onOpen,
}: {
  documentId: string;
  role: MemberRole;
  onOpen: (version: VersionDetail, mode: 'view' | 'compare') => void;
}) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState(0);
  const list = useResource(`versions:${documentId}:${version}`, () =>
    api('listVersions', { params: { documentId } }),
  );
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nameId = useId();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const create = useAction(
    async () => {
      await api('createVersion', { params: { documentId }, body: { name } });
      setMessage(t('versions.saved', { name }));
      setName('');
      setVersion((v) => v + 1);
    },
    { onError: setMessage },
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  const open = async (versionId: string, mode: 'view' | 'compare') =>
    onOpen(await api('getVersion', { params: { documentId, versionId } }), mode);
  const restore = async (versionId: string, versionName: string) => {
    if (!window.confirm(t('versions.confirmRestore', { name: versionName }))) return;
    await api('restoreVersion', { params: { documentId, versionId } });
    setMessage(t('versions.restored', { name: versionName }));
  };

  return (
    <details
      className="versions panel"
      onToggle={(e) => {
        // Versions others saved since the page opened show up when the list is opened.
        if (e.currentTarget.open) setVersion((v) => v + 1);
      }}
    >
      <summary className="versions__summary">
        {t('versions.title', { count: list.data?.length ?? 0 })}
      </summary>
      {can(role, 'version.save') && (
        <form className="form-row" onSubmit={save}>
          <div className="form-row__field">
            <FormLabel htmlFor={nameId}>{t('versions.name')}</FormLabel>
            <Textbox
              id={nameId}
              required
              maxLength={VERSION_LIMITS.nameMax}
              value={name}
              placeholder={t('versions.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('versions.save')}
          </button>
        </form>
      )}
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      {list.state === 'ready' && list.data.length === 0 && (
        <Paragraph className="muted">{t('versions.none')}</Paragraph>
      )}
      {list.state === 'ready' && list.data.length > 0 && (
        <ul className="member-list">
          {list.data.map((v) => (
            <li key={v.id} className="member-list__item">
              <span>
                <strong>{v.name}</strong>{' '}
                <span className="muted">
                  {t('versions.meta', { date: date.format(new Date(v.createdAt)), by: v.createdBy })}
                </span>
              </span>
              <span className="member-list__actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => void open(v.id, 'view')}
                >
                  {t('versions.view')}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => void open(v.id, 'compare')}
                >
                  {t('versions.compare')}
                </button>
                {can(role, 'version.restore') && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => void restore(v.id, v.name)}
                  >
                    {t('versions.restore')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
