import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_LIMITS } from '../../../shared/schemas/board';
import type { PlacedFrame } from './model';
import { Modal } from './NoteDialog';

/** Naming a new frame, or renaming (and removing) one. */
export function FrameDialog({
  open,
  frame,
  onSave,
  onDelete,
  onClose,
}: {
  open: boolean;
  /** null: a new frame. */
  frame: PlacedFrame | null;
  onSave: (title: string) => void;
  onDelete: (frame: PlacedFrame) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  useEffect(() => {
    if (open) setTitle(frame?.title ?? '');
  }, [open, frame]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() !== '') onSave(title.trim());
  };
  return (
    <Modal
      open={open}
      title={frame ? t('boards.frame.editTitle') : t('boards.frame.newTitle')}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit}>
        <div>
          <label htmlFor={id} className="utrecht-form-label">
            {t('boards.frame.name')}
          </label>
          <input
            id={id}
            className="utrecht-textbox utrecht-textbox--html-input field__input"
            required
            maxLength={BOARD_LIMITS.frameTitleMax}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {frame ? t('boards.frame.save') : t('boards.frame.place')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
            {t('boards.cancel')}
          </button>
          {frame && frame.room !== 'locked' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle board-dialog__delete"
              onClick={() => onDelete(frame)}
            >
              {t('boards.frame.delete')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
