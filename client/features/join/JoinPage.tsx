import {
  Alert,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { inviteCodeSchema } from '../../../shared/schemas/invite';
import { MEMBER_LIMITS } from '../../../shared/schemas/member';
import { ApiRequestError, api } from '../../api/client';
import { useMe } from '../../api/MeContext';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { Loading } from '../../ui/Loading';

const INVALID_KEYS = {
  expired: 'join.expired',
  used_up: 'join.usedUp',
  revoked: 'join.revoked',
} as const;

/** Opening an invite link: a name, consent to the privacy statement, and you are in. */
export function JoinPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const valid = inviteCodeSchema.safeParse(code).success;
  const preview = useResource(valid ? `invite:${code}` : null, () =>
    api('previewInvite', { params: { code } }),
  );
  if (!valid || preview.state === 'error') {
    const apiError =
      preview.error instanceof ApiRequestError && preview.error.code !== 'not_found' ? preview.error : null;
    return (
      <div className="page page--narrow">
        <Heading1>{t('join.invalidTitle')}</Heading1>
        <Paragraph>{apiError ? apiError.message : t('join.notFound')}</Paragraph>
      </div>
    );
  }
  if (preview.state === 'loading') return <Loading />;
  const { werkgroep, role, status } = preview.data;
  if (status !== 'valid') {
    return (
      <div className="page page--narrow">
        <Heading1>{t('join.invalidTitle')}</Heading1>
        <Alert type="warning">
          <Paragraph>{t(INVALID_KEYS[status])}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <Heading1>{t('join.title', { name: werkgroep.name })}</Heading1>
      <Paragraph appearance="lead">
        {t('join.intro', { wijk: werkgroep.wijk, gemeente: werkgroep.gemeente, role: t(`roles.${role}`) })}
      </Paragraph>
      <JoinForm code={code} />
    </div>
  );
}

function JoinForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const ids = {
    name: useId(),
    nameHint: useId(),
    org: useId(),
    orgHint: useId(),
    consent: useId(),
    named: useId(),
  };
  const [form, setForm] = useState({
    displayName: '',
    organisation: '',
    consent: false,
    namedInExport: false,
  });
  // Once in, the form stays busy until the werkgroep's page replaces it.
  const [leaving, setLeaving] = useState(false);
  const join = useAction(async () => {
    const joined = await api('acceptInvite', {
      params: { code },
      body: {
        displayName: form.displayName,
        ...(form.organisation.trim() ? { organisation: form.organisation } : {}),
        consent: true,
        namedInExport: form.namedInExport,
      },
    });
    setLeaving(true);
    me.reload();
    void navigate(`/w/${joined.membership.werkgroep.id}`);
  });
  const busy = join.pending || leaving;
  const { error } = join;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void join.run();
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div>
        <FormLabel htmlFor={ids.name}>{t('join.name')}</FormLabel>
        <FormFieldDescription id={ids.nameHint}>{t('join.nameHint')}</FormFieldDescription>
        <Textbox
          id={ids.name}
          required
          autoComplete="given-name"
          maxLength={MEMBER_LIMITS.displayNameMax}
          aria-describedby={ids.nameHint}
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
        />
      </div>
      <div>
        <FormLabel htmlFor={ids.org}>{t('join.organisation')}</FormLabel>
        <FormFieldDescription id={ids.orgHint}>{t('join.organisationHint')}</FormFieldDescription>
        <Textbox
          id={ids.org}
          autoComplete="organization"
          maxLength={MEMBER_LIMITS.organisationMax}
          aria-describedby={ids.orgHint}
          value={form.organisation}
          onChange={(e) => setForm({ ...form, organisation: e.target.value })}
        />
      </div>
      <div className="checkbox">
        <input
          id={ids.consent}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          required
          checked={form.consent}
          onChange={(e) => setForm({ ...form, consent: e.target.checked })}
        />
        <label htmlFor={ids.consent}>{t('join.consent')}</label>{' '}
        <Link to="/privacy" target="_blank" className="utrecht-link">
          {t('join.privacyLink')}
        </Link>
      </div>
      <div className="checkbox">
        <input
          id={ids.named}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={form.namedInExport}
          onChange={(e) => setForm({ ...form, namedInExport: e.target.checked })}
        />
        <label htmlFor={ids.named}>
          {t('join.named')} <span className="muted">{t('join.namedHint')}</span>
        </label>
      </div>
      <div role="status">{error && <Paragraph className="form-error">{error}</Paragraph>}</div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {busy ? t('join.busy') : t('join.submit')}
        </button>
      </div>
    </form>
  );
}
