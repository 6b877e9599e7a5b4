import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import { freezeAkkoordSchema } from '../../../shared/akkoord/version';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';

/**
 * "Bevriezen voor ondertekening": a modal dialog that says what freezing means and asks the version's
 * name. It stays open with the server's words when freezing is refused.
 */
export function FreezeDialog({
  open,
  werkgroepId,
  onClose,
  onFrozen,
}: {
  open: boolean;
  werkgroepId: string;
  onClose: () => void;
  onFrozen: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), text: useId(), name: useId() };
  const [name, setName] = useState('');
  const freeze = useAction(async (value: string) => {
    const body = freezeAkkoordSchema.parse({ name: value });
    await api('freezeAkkoord', { params: { werkgroepId }, body });
    onFrozen();
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return;
    void freeze.run(name);
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.text}
      onClose={onClose}
    >
      <h2 id={ids.title} className="utrecht-heading-2">
        {t('akkoord.freeze.title')}
      </h2>
      <div id={ids.text}>
        <p>{t('akkoord.freeze.explain')}</p>
        <p>{t('akkoord.freeze.explainReopen')}</p>
      </div>
      <form className="stack" onSubmit={submit}>
        <div className="form-row__field">
          <label htmlFor={ids.name}>{t('akkoord.freeze.name')}</label>
          <input
            id={ids.name}
            className="utrecht-textbox utrecht-textbox--html-input field__input"
            required
            maxLength={AKKOORD_LIMITS.versionNameLength}
            placeholder={t('akkoord.freeze.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        {freeze.error && (
          <p role="alert" className="form-error">
            {freeze.error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => ref.current?.close()}
          >
            {t('akkoord.cancel')}
          </button>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={freeze.pending}
          >
            {t('akkoord.freeze.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
