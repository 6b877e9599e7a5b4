import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionUrl as decisionLink } from '../../../shared/schemas/decision';
import { useLiveDecisions } from '../votes/useLive';
import { useOptionalWerkgroep } from '../werkgroep/WerkgroepContext';

interface Props {
  open: boolean;
  initialUrl: string;
  onSave: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Modal dialog (native <dialog>: focus is trapped, Escape closes) to add or change a link. */
export function LinkDialog({ open, initialUrl, onSave, onRemove, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState(initialUrl);
  const titleId = useId();
  const inputId = useId();
  const decisionId = useId();
  const werkgroep = useOptionalWerkgroep();
  const decisions = useLiveDecisions(werkgroep?.room ?? null);
  const decisionUrl = (number: number) =>
    decisionLink(window.location.origin, werkgroep?.detail.werkgroep.id ?? '', number);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setUrl(initialUrl);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialUrl]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = url.trim();
    if (clean) onSave(clean);
    else onRemove();
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId} className="utrecht-heading-2">
          {t('linkDialog.title')}
        </h2>
        <label htmlFor={inputId} className="utrecht-form-label field__label">
          {t('linkDialog.url')}
        </label>
        <input
          id={inputId}
          className="utrecht-textbox utrecht-textbox--html-input field__input"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        {decisions.length > 0 && (
          <>
            <label htmlFor={decisionId} className="utrecht-form-label field__label">
              {t('linkDialog.decision')}
            </label>
            <select
              id={decisionId}
              className="utrecht-select utrecht-select--html-select field__input"
              value={decisions.find((d) => decisionUrl(d.number) === url)?.number ?? ''}
              onChange={(e) => e.target.value && setUrl(decisionUrl(Number(e.target.value)))}
            >
              <option value="">{t('linkDialog.chooseDecision')}</option>
              {decisions.map((d) => (
                <option key={d.id} value={d.number}>
                  {t('decisions.heading', { number: d.number, question: d.question })}
                </option>
              ))}
            </select>
          </>
        )}
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('linkDialog.save')}
          </button>
          {initialUrl && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={onRemove}
            >
              {t('linkDialog.remove')}
            </button>
          )}
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
            {t('linkDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
