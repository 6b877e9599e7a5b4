import { Alert } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import { COMMENT_LIMITS } from '../../../shared/schemas/comment';
import type { MemberRole } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import type { RefusedEdit } from './refusedStore';

interface Props {
  edit: RefusedEdit;
  documentId: string;
  sectionId: string;
  role: MemberRole;
  /** The person chose: sent, or thrown away. The edit is forgotten on this device. */
  onDone: (id: string) => void;
}

/**
 * Text the server did not store (the section was settled meanwhile, or the change was too large),
 * kept on this device and offered to the person: as a comment to the facilitator, to copy, or to
 * throw away. The section's own copy is already back to what the server holds.
 */
export function RefusedNotice({ edit, documentId, sectionId, role, onDone }: Props) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const text = edit.passages.join('\n\n');
  const body = t('refused.commentBody', { text });
  const fitsComment = body.length <= COMMENT_LIMITS.bodyMax;

  const send = useAction(
    async () => {
      await api('createThread', { params: { documentId }, body: { sectionId, body } });
      onDone(edit.id);
    },
    { onError: setMessage },
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('refused.copied'));
    } catch {
      // No clipboard (an old browser, or refused): select the text so it can be copied by hand.
      const range = document.createRange();
      if (textRef.current) range.selectNodeContents(textRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setMessage(t('refused.copyByHand'));
    }
  };

  return (
    <Alert type="warning" className="refused">
      <p className="refused__title">
        {edit.reason === 'tooLarge' ? t('refused.titleTooLarge') : t('refused.title')}
      </p>
      {edit.passages.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: long text scrolls inside the box; keyboard users must reach it to scroll (WCAG 2.1.1)
        <section ref={textRef} className="refused__text" tabIndex={0} aria-label={t('refused.textLabel')}>
          {edit.passages.map((p, i) => (
            // Passages have no id of their own and never move.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <p key={i}>{p}</p>
          ))}
        </section>
      ) : (
        <p>{t('refused.noText')}</p>
      )}
      <p className="refused__hint">{edit.passages.length > 0 ? t('refused.kept') : t('refused.back')}</p>
      <div className="refused__actions">
        {edit.passages.length > 0 && can(role, 'comment.create') && fitsComment && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={send.pending}
            onClick={() => void send.run()}
          >
            {t('refused.send')}
          </button>
        )}
        {edit.passages.length > 0 && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void copy()}
          >
            {t('refused.copy')}
          </button>
        )}
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => {
            if (edit.passages.length === 0 || window.confirm(t('refused.confirmDiscard'))) onDone(edit.id);
          }}
        >
          {edit.passages.length > 0 ? t('refused.discard') : t('refused.close')}
        </button>
      </div>
      {edit.passages.length > 0 && !fitsComment && <p className="refused__hint">{t('refused.tooLong')}</p>}
      <p role="status" className="refused__hint">
        {message}
      </p>
    </Alert>
  );
}
