import { FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createdWerkgroepSchema } from '../../../shared/api/routes';
import { adminToken, api } from '../../api/client';
import { useMe } from '../../api/MeContext';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { Loading } from '../../ui/Loading';
import { CreatedLink } from '../werkgroep/InvitesPanel';
import { NewFacilitatorLink, useFacilitatorLinkNote } from './NewFacilitatorLink';

/** The instance admin creates werkgroepen, each with a facilitator invite link. */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [setupMessage, setSetupMessage] = useState<string | null>(null);
  const [tokenVersion, setTokenVersion] = useState(0);

  // The one-time setup link: /beheer#setup=<token> (a fragment never reaches server logs).
  useEffect(() => {
    const match = /^#setup=(.+)$/.exec(window.location.hash);
    if (!match?.[1]) return;
    window.history.replaceState(null, '', '/beheer');
    api('adminSetup', { body: { setupToken: match[1] } }).then(
      () => {
        setSetupMessage(t('admin.setupDone'));
        me.reload();
      },
      () => setSetupMessage(t('admin.setupFailed')),
    );
  }, [me.reload, t]);

  const isAdmin = me.data?.isAdmin || (adminToken.get() !== null && tokenVersion >= 0);
  if (me.state === 'loading') return <Loading />;
  return (
    <div className="page page--narrow">
      <Heading1>{t('admin.title')}</Heading1>
      <div role="status">{setupMessage && <Paragraph>{setupMessage}</Paragraph>}</div>
      {isAdmin ? (
        <AdminTools onTokenRejected={() => setTokenVersion((v) => v + 1)} />
      ) : (
        <TokenForm onDone={() => setTokenVersion((v) => v + 1)} />
      )}
    </div>
  );
}

function TokenForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    adminToken.set(token.trim());
    try {
      await api('listWerkgroepen');
      onDone();
    } catch {
      adminToken.clear();
      setError(t('admin.tokenWrong'));
    }
  };
  return (
    <section className="panel">
      <Heading2>{t('admin.tokenTitle')}</Heading2>
      <Paragraph>{t('admin.tokenIntro')}</Paragraph>
      <form className="form-row" onSubmit={(e) => void submit(e)}>
        <div className="form-row__field">
          <FormLabel htmlFor={id}>{t('admin.token')}</FormLabel>
          <Textbox
            id={id}
            type="password"
            autoComplete="off"
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('admin.tokenSubmit')}
        </button>
      </form>
      <div role="status">{error && <Paragraph className="form-error">{error}</Paragraph>}</div>
    </section>
  );
}

function AdminTools({ onTokenRejected }: { onTokenRejected: () => void }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState(0);
  const list = useResource(`werkgroepen:${version}`, () => api('listWerkgroepen'));
  const [form, setForm] = useState({ name: '', wijk: '', gemeente: '' });
  const [created, setCreated] = useState<z.infer<typeof createdWerkgroepSchema> | null>(null);
  const ids = { name: useId(), wijk: useId(), gemeente: useId() };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const linkNote = useFacilitatorLinkNote();
  useEffect(() => {
    if (list.state === 'error') {
      adminToken.clear();
      onTokenRejected();
    }
  }, [list.state, onTokenRejected]);

  const create = useAction(async () => {
    setCreated(await api('createWerkgroep', { body: form }));
    setForm({ name: '', wijk: '', gemeente: '' });
    setVersion((v) => v + 1);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  const field = (key: keyof typeof form, label: string) => (
    <div className="form-row__field">
      <FormLabel htmlFor={ids[key]}>{label}</FormLabel>
      <Textbox
        id={ids[key]}
        required
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <>
      <Paragraph appearance="lead">{t('admin.intro')}</Paragraph>
      <section className="panel">
        <Heading2>{t('admin.createTitle')}</Heading2>
        <form className="stack" onSubmit={submit}>
          {field('name', t('admin.name'))}
          {field('wijk', t('admin.wijk'))}
          {field('gemeente', t('admin.gemeente'))}
          <div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t('admin.create')}
            </button>
          </div>
        </form>
        <div role="status">
          {create.error && <Paragraph className="form-error">{create.error}</Paragraph>}
        </div>
        {created && (
          <div>
            <Heading2>{t('admin.createdTitle', { name: created.werkgroep.name })}</Heading2>
            <Paragraph>{t('admin.facilitatorLink')}</Paragraph>
            <CreatedLink created={created.facilitatorInvite} note={linkNote} />
          </div>
        )}
      </section>
      <section className="panel">
        <Heading2>{t('admin.listTitle')}</Heading2>
        {list.state === 'ready' &&
          (list.data.length === 0 ? (
            <Paragraph>{t('admin.none')}</Paragraph>
          ) : (
            <ul className="card-list">
              {list.data.map((w) => (
                <li key={w.id} className="card-list__item">
                  <strong>{w.name}</strong>
                  <span className="muted">
                    {t('werkgroep.subtitle', { wijk: w.wijk, gemeente: w.gemeente })} ·{' '}
                    {date.format(new Date(w.createdAt))}
                  </span>
                  <NewFacilitatorLink werkgroepId={w.id} name={w.name} />
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}
