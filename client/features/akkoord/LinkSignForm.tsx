import { Alert, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import { signWithLinkSchema } from '../../../shared/akkoord/signature';
import type { SignedWithLink } from '../../../shared/akkoord/signingLink';
import type { SnapshotParty } from '../../../shared/akkoord/version';
import { ApiRequestError, api } from '../../api/client';
import { useAction } from '../../api/useAction';

/** Signing through a link: name, function, organisation, and whether the name may be shown. */
export function LinkSignForm({
  token,
  party,
  textHash,
  onSigned,
  onChanged,
}: {
  token: string;
  party: SnapshotParty;
  textHash: string;
  onSigned: (s: SignedWithLink) => void;
  /** The text changed since the page opened: read it again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState({ name: '', function: '', organisation: party.name, consent: false });
  const [changed, setChanged] = useState(false);
  const sign = useAction(
    async () => {
      const body = signWithLinkSchema.parse({
        name: form.name,
        function: form.function,
        organisation: form.organisation,
        consentToBeNamed: form.consent,
        textHash,
      });
      onSigned(await api('signWithLink', { params: { token }, body }));
    },
    {
      onError: (_m, err) => {
        if (err instanceof ApiRequestError && err.code === 'akkoord_text_changed') {
          setChanged(true);
          onChanged();
        }
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChanged(false);
    void sign.run();
  };
  const field = (key: 'name' | 'function' | 'organisation', max: number, auto: string) => (
    <div className="form-row__field">
      <label htmlFor={`${id}-${key}`}>{t(`akkoord.public.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        className="utrecht-textbox utrecht-textbox--html-input"
        required
        maxLength={max}
        autoComplete={auto}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="stack sign-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="utrecht-heading-2">
        {t('akkoord.public.formTitle', { party: party.name })}
      </h2>
      <p>{t('akkoord.public.formExplain')}</p>
      {changed && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('akkoord.sign.changed')}</strong>
          </Paragraph>
        </Alert>
      )}
      {field('name', AKKOORD_LIMITS.signerNameLength, 'name')}
      {field('function', AKKOORD_LIMITS.functionLength, 'organization-title')}
      {field('organisation', AKKOORD_LIMITS.organisationLength, 'organization')}
      <div className="checkbox">
        <input
          id={`${id}-c`}
          type="checkbox"
          aria-describedby={`${id}-ch`}
          checked={form.consent}
          onChange={(e) => setForm({ ...form, consent: e.target.checked })}
        />
        <label htmlFor={`${id}-c`}>{t('akkoord.sign.consent')}</label>
        <span id={`${id}-ch`} className="muted">
          {t('akkoord.sign.consentHelp', { party: party.name })}
        </span>
      </div>
      {sign.error && !changed && (
        <p role="alert" className="form-error">
          {sign.error}
        </p>
      )}
      <div>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={sign.pending}
        >
          {t('akkoord.public.signButton', { party: party.name })}
        </button>
      </div>
    </form>
  );
}
