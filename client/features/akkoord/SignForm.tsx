import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import { signAsMemberSchema } from '../../../shared/akkoord/signature';
import { ApiRequestError, api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { type AkkoordScreen, partyName } from './akkoordScreen';

/** A member signs the frozen text for a party they represent: function, and whether to be named. */
export function SignForm({
  screen,
  partyId,
  onTextChanged,
}: {
  screen: AkkoordScreen;
  partyId: string;
  /** The server refused because the text is no longer the one shown (the page reads it again). */
  onTextChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const party = partyName(screen, partyId);
  const version = screen.view.currentVersion;
  const [fn, setFn] = useState('');
  const [consent, setConsent] = useState(false);
  // The page says a changed text once, above the forms; not again here.
  const [changed, setChanged] = useState(false);
  const sign = useAction(
    async () => {
      if (!version) return;
      const body = signAsMemberSchema.parse({
        versionId: version.id,
        textHash: version.textHash,
        partyId,
        function: fn,
        consentToBeNamed: consent,
      });
      await api('signAkkoord', { params: { werkgroepId: screen.werkgroepId }, body });
      screen.reload();
    },
    {
      // The text changed under the signer: say so, and show the new text.
      onError: (_message, err) => {
        if (err instanceof ApiRequestError && err.code === 'akkoord_text_changed') {
          setChanged(true);
          onTextChanged();
          screen.reload();
        }
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChanged(false);
    void sign.run();
  };
  return (
    <form className="sign-form stack" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="utrecht-heading-3">
        {t('akkoord.sign.title', { party })}
      </h3>
      <p>{t('akkoord.sign.explain', { version: version?.name ?? '' })}</p>
      <div className="form-row__field">
        <label htmlFor={`${id}-f`}>{t('akkoord.sign.function')}</label>
        <input
          id={`${id}-f`}
          className="utrecht-textbox utrecht-textbox--html-input"
          required
          maxLength={AKKOORD_LIMITS.functionLength}
          autoComplete="organization-title"
          value={fn}
          onChange={(e) => setFn(e.target.value)}
        />
      </div>
      <div className="checkbox">
        <input
          id={`${id}-c`}
          type="checkbox"
          aria-describedby={`${id}-ch`}
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
        />
        <label htmlFor={`${id}-c`}>{t('akkoord.sign.consent')}</label>
        <span id={`${id}-ch`} className="muted">
          {t('akkoord.sign.consentHelp', { party: party })}
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
          {t('akkoord.sign.button', { party })}
        </button>
      </div>
    </form>
  );
}
