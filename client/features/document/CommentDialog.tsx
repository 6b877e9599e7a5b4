import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor } from '../../../shared/schemas/comment';
import { COMMENT_LIMITS, DUE_IN_PAST, todayInNetherlands } from '../../../shared/schemas/comment';
import { ApiRequestError } from '../../api/client';
import { useAction } from '../../api/useAction';

export interface NewComment {
  body: string;
  questionDue?: string;
}

/** Writing a comment on the selected words (or on the section): optionally a question with a date. */
export function CommentDialog({
  open,
  anchor,
  onSubmit,
  onClose,
}: {
  open: boolean;
  anchor: Anchor | null;
  onSubmit: (comment: NewComment) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), body: useId(), question: useId(), due: useId(), dueError: useId() };
  const [body, setBody] = useState('');
  const [question, setQuestion] = useState(false);
  const [due, setDue] = useState('');
  const place = useAction((comment: NewComment) => onSubmit(comment), {
    explain: (err) =>
      err instanceof ApiRequestError && err.body.issues?.some((i) => i.message === DUE_IN_PAST)
        ? t('comments.duePast')
        : null,
  });
  const { reset } = place;
  const dueRef = useRef<HTMLInputElement>(null);
  // The date picker offers no day before today; a typed one gets a plain message, also as the field's own.
  const today = todayInNetherlands();
  const duePast = question && due !== '' && due < today;
  useEffect(() => {
    dueRef.current?.setCustomValidity(duePast ? t('comments.duePast') : '');
  }, [duePast, t]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setBody('');
      setQuestion(false);
      setDue('');
      reset();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, reset]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (duePast) {
      dueRef.current?.focus();
      return;
    }
    void place.run({ body, ...(question && due ? { questionDue: due } : {}) });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={ids.title} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <h2 id={ids.title} className="utrecht-heading-2">
          {t('comments.newTitle')}
        </h2>
        {anchor?.quote && <blockquote className="comment-quote">“{anchor.quote}”</blockquote>}
        <div>
          <label htmlFor={ids.body} className="utrecht-form-label">
            {t('comments.body')}
          </label>
          <textarea
            id={ids.body}
            className="utrecht-textarea utrecht-textarea--html-textarea field__input"
            rows={4}
            required
            maxLength={COMMENT_LIMITS.bodyMax}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <div className="checkbox">
          <input
            id={ids.question}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={question}
            onChange={(e) => setQuestion(e.target.checked)}
          />
          <label htmlFor={ids.question}>{t('comments.asQuestion')}</label>
        </div>
        {question && (
          <div>
            <label htmlFor={ids.due} className="utrecht-form-label">
              {t('comments.due')}
            </label>
            <input
              ref={dueRef}
              id={ids.due}
              type="date"
              required
              min={today}
              aria-invalid={duePast}
              aria-describedby={duePast ? ids.dueError : undefined}
              className="utrecht-textbox utrecht-textbox--html-input"
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
            {duePast && (
              <p id={ids.dueError} className="form-error">
                {t('comments.duePast')}
              </p>
            )}
          </div>
        )}
        <div role="status">{place.error && <p className="form-error">{place.error}</p>}</div>
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('comments.place')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
            {t('linkDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
