import './join.css';
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
import { pagePath, SECRET_PAGES } from '../../../shared/api/pages';
import { JOIN_CODE_LENGTH, joinCodeSchema } from '../../../shared/schemas/meeting';
import { CLAIMABLE_ROLES, type ClaimableRole, MEMBER_LIMITS } from '../../../shared/schemas/member';
import { ApiRequestError, api } from '../../api/client';
import { useMe } from '../../api/MeContext';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { Loading } from '../../ui/Loading';

/** Errors of joining that have their own plain words here. */
const JOIN_ERRORS = {
  not_found: 'join.code.notFound',
  join_paused: 'join.code.paused',
  limit_reached: 'join.code.full',
} as const;

/** What people type, as the server reads it: capitals, no spaces or dashes. */
const normalise = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * Joining a running meeting by the short code on the room's screen (`/join`, or `/join/<code>` from the
 * QR code): for people without an invite. A name, who you are (bewoner, ambtenaar, partner) and
 * consent: you are in as a guest, and the facilitator confirms who you are before you vote.
 */
export function JoinCodePage() {
  const { t } = useTranslation();
  const { code: fromPath = '' } = useParams();
  const code = normalise(fromPath);
  const valid = joinCodeSchema.safeParse(code).success;
  const preview = useResource(valid ? `join-code:${code}` : null, () =>
    api('previewJoinCode', { params: { code } }),
  );
  const notFound = preview.error instanceof ApiRequestError && preview.error.code === 'not_found';
  const paused = preview.error instanceof ApiRequestError && preview.error.code === 'join_paused';

  if (!fromPath || !valid || notFound)
    return (
      <div className="page page--narrow">
        <Heading1>{t('join.code.title')}</Heading1>
        <Paragraph appearance="lead">{t('join.code.intro')}</Paragraph>
        {fromPath && (
          <Alert type="warning">
            <Paragraph>{t(valid ? 'join.code.notFound' : 'join.code.malformed')}</Paragraph>
          </Alert>
        )}
        <CodeForm initial={fromPath ? code : ''} />
      </div>
    );
  if (preview.state === 'error')
    return (
      <div className="page page--narrow" role="alert">
        <Heading1>{t('join.code.title')}</Heading1>
        <Paragraph>{paused ? t('join.code.paused') : preview.error.message}</Paragraph>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={preview.reload}
        >
          {t('errors.retry')}
        </button>
      </div>
    );
  if (preview.state === 'loading') return <Loading />;
  return (
    <div className="page page--narrow">
      <Heading1>{t('join.code.meetingTitle', { title: preview.data.meetingTitle })}</Heading1>
      <Paragraph appearance="lead">
        {t('join.code.meetingIntro', { werkgroep: preview.data.werkgroepName, wijk: preview.data.wijk })}
      </Paragraph>
      <NameForm code={code} />
    </div>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ids = { code: useId(), hint: useId() };
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = normalise(value);
    if (!joinCodeSchema.safeParse(code).success) {
      setProblem(t('join.code.malformed'));
      return;
    }
    void navigate(pagePath(SECRET_PAGES.joinCode, { code }));
  };
  return (
    <form className="stack" onSubmit={submit}>
      <div>
        <FormLabel htmlFor={ids.code}>{t('join.code.label')}</FormLabel>
        <FormFieldDescription id={ids.hint}>
          {t('join.code.hint', { count: JOIN_CODE_LENGTH })}
        </FormFieldDescription>
        <Textbox
          id={ids.code}
          className="join-code__input"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={JOIN_CODE_LENGTH + 4}
          aria-describedby={ids.hint}
          aria-invalid={problem ? true : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
          }}
        />
      </div>
      <div role="status">{problem && <Paragraph className="form-error">{problem}</Paragraph>}</div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('join.code.next')}
        </button>
      </div>
    </form>
  );
}

function NameForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const ids = { name: useId(), nameHint: useId(), consent: useId(), who: useId(), whoHint: useId() };
  const [name, setName] = useState('');
  const [claimedRole, setClaimedRole] = useState<ClaimableRole | null>(null);
  const [consent, setConsent] = useState(false);
  const [whoMissing, setWhoMissing] = useState(false);
  // Once in, the form stays busy until the meeting's page replaces it.
  const [leaving, setLeaving] = useState(false);
  const join = useAction(
    async (role: ClaimableRole) => {
      const joined = await api('joinByCode', {
        params: { code },
        body: { displayName: name, consent: true, claimedRole: role },
      });
      setLeaving(true);
      me.reload();
      void navigate(`/w/${joined.membership.werkgroep.id}/bijeenkomsten/${joined.meetingId}`);
    },
    {
      explain: (err) => {
        const known =
          err instanceof ApiRequestError ? JOIN_ERRORS[err.code as keyof typeof JOIN_ERRORS] : undefined;
        return known ? t(known) : null;
      },
    },
  );
  const busy = join.pending || leaving;
  const error = whoMissing ? t('join.code.chooseWho') : join.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Never a default: who someone is decides how they count, so they say it themselves.
    if (!claimedRole) {
      join.reset();
      setWhoMissing(true);
      document.getElementById(`${ids.who}-${CLAIMABLE_ROLES[0]}`)?.focus();
      return;
    }
    setWhoMissing(false);
    void join.run(claimedRole);
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
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <fieldset className="join-who" aria-describedby={ids.whoHint}>
        <legend className="utrecht-form-label" id={ids.who}>
          {t('join.code.who')}
        </legend>
        <FormFieldDescription id={ids.whoHint}>{t('join.code.whoHint')}</FormFieldDescription>
        {CLAIMABLE_ROLES.map((role) => (
          <div className="checkbox join-who__choice" key={role}>
            <input
              id={`${ids.who}-${role}`}
              type="radio"
              name="claimedRole"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              required
              aria-describedby={`${ids.who}-${role}-hint`}
              checked={claimedRole === role}
              onChange={() => {
                setClaimedRole(role);
                setWhoMissing(false);
                join.reset();
              }}
            />
            <label htmlFor={`${ids.who}-${role}`} className="join-who__role">
              {t(`join.code.claim.${role}`)}
            </label>
            <span className="utrecht-form-field-description join-who__hint" id={`${ids.who}-${role}-hint`}>
              {t(`join.code.claimHint.${role}`)}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="checkbox">
        <input
          id={ids.consent}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          required
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
        />
        <label htmlFor={ids.consent}>{t('join.consent')}</label>{' '}
        <Link to="/privacy" target="_blank" className="utrecht-link">
          {t('join.privacyLink')}
        </Link>
      </div>
      <Paragraph className="muted">{t('join.code.asGuest')}</Paragraph>
      <div role="status">{error && <Paragraph className="form-error">{error}</Paragraph>}</div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {busy ? t('join.busy') : t('join.submit')}
        </button>
      </div>
    </form>
  );
}
