import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_LIMITS, NOTE_COLORS, type NoteColor } from '../../../shared/schemas/board';
import type { BoardRights, PlacedFrame, PlacedNote } from './model';

/** A modal <dialog> opened while `open` (focus goes in, Escape closes, focus returns after). */
export function Modal({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The close event also fires when we close it ourselves (open became false, perhaps because
  // another dialog takes over): only a close by the user (Escape) is reported.
  const stillOpen = useRef(open);
  stillOpen.current = open;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog board-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (stillOpen.current) onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="utrecht-heading-2">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}

export interface NoteDraft {
  text: string;
  color: NoteColor;
  frameId: string | null;
}

/**
 * Writing a new note or changing one: its text, colour and the frame it is in ("Verplaats naar
 * kader"), and removing it. The keyboard and list-view way to do everything the canvas does by dragging.
 */
export function NoteDialog({
  open,
  note,
  initial,
  frames,
  rights,
  onSave,
  onDelete,
  onClose,
}: {
  open: boolean;
  /** null: a new note. */
  note: PlacedNote | null;
  initial: NoteDraft;
  frames: PlacedFrame[];
  rights: BoardRights;
  onSave: (draft: NoteDraft) => void;
  onDelete: (note: PlacedNote) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = { text: useId(), frame: useId(), colors: useId() };
  const [draft, setDraft] = useState<NoteDraft>(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh draft each time the dialog opens.
  useEffect(() => {
    if (open) setDraft(initial);
  }, [open]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.text.trim() === '') return;
    onSave({ ...draft, text: draft.text.trim() });
  };
  return (
    <Modal
      open={open}
      title={note ? t('boards.note.editTitle') : t('boards.note.newTitle')}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit}>
        <div>
          <label htmlFor={ids.text} className="utrecht-form-label">
            {t('boards.note.text')}
          </label>
          <textarea
            id={ids.text}
            className="utrecht-textarea utrecht-textarea--html-textarea field__input"
            rows={4}
            required
            maxLength={BOARD_LIMITS.noteTextMax}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </div>
        <fieldset className="board-colors">
          <legend>{t('boards.note.color')}</legend>
          {NOTE_COLORS.map((c) => (
            <label key={c} className={`board-colors__choice note--${c}`}>
              <input
                type="radio"
                name={ids.colors}
                value={c}
                checked={draft.color === c}
                onChange={() => setDraft({ ...draft, color: c })}
              />
              {t(`boards.colors.${c}`)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={ids.frame} className="utrecht-form-label">
            {note ? t('boards.note.moveToFrame') : t('boards.note.frame')}
          </label>
          <select
            id={ids.frame}
            className="utrecht-select utrecht-select--html-select field__input"
            value={draft.frameId ?? ''}
            onChange={(e) => setDraft({ ...draft, frameId: e.target.value || null })}
          >
            <option value="">{t('boards.list.loose')}</option>
            {frames.map((f) => (
              <option key={f.id} value={f.id} disabled={!rights.placeIn(f)}>
                {f.title || t('boards.frame.untitled')}
                {f.room === 'locked' ? ` (${t('boards.flags.locked')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {note ? t('boards.note.save') : t('boards.note.place')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClose}>
            {t('boards.cancel')}
          </button>
          {note && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle board-dialog__delete"
              onClick={() => onDelete(note)}
            >
              {t('boards.note.delete')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
