import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FrameDialog } from './FrameDialogs';
import type { BoardRights, PlacedFrame, PlacedNote } from './model';
import { NoteDialog, type NoteDraft } from './NoteDialog';

/** The one dialog the board page has open, if any. */
export type BoardDialog =
  | { kind: 'note'; note: PlacedNote | null; frameId: string | null }
  | { kind: 'frame'; frame: PlacedFrame | null }
  | { kind: 'deleteNote'; note: PlacedNote }
  | { kind: 'deleteFrame'; frame: PlacedFrame };

/** What the dialogs ask the board to do; each closes its dialog itself once it succeeded. */
export interface DialogHandlers {
  open: (dialog: BoardDialog) => void;
  close: () => void;
  /** `note` null: a new note. */
  saveNote: (note: PlacedNote | null, draft: NoteDraft) => void;
  /** `frame` null: a new frame. */
  saveFrame: (frame: PlacedFrame | null, title: string) => void;
  removeNote: (note: PlacedNote) => void;
  removeFrame: (frame: PlacedFrame) => void;
}

/** The board page's dialogs: new or edited note, new or renamed frame, and "delete?" for both. */
export function BoardDialogs({
  dialog,
  frames,
  rights,
  on,
}: {
  dialog: BoardDialog | null;
  frames: PlacedFrame[];
  rights: BoardRights;
  on: DialogHandlers;
}) {
  const { t } = useTranslation();
  const noteDialog = dialog?.kind === 'note' ? dialog : null;
  const frameDialog = dialog?.kind === 'frame' ? dialog : null;
  const doomedNote = dialog?.kind === 'deleteNote' ? dialog.note : null;
  const doomedFrame = dialog?.kind === 'deleteFrame' ? dialog.frame : null;
  return (
    <>
      <NoteDialog
        open={noteDialog !== null}
        note={noteDialog?.note ?? null}
        initial={{
          text: noteDialog?.note?.text ?? '',
          color: noteDialog?.note?.color ?? 'geel',
          frameId: noteDialog?.frameId ?? null,
        }}
        frames={frames}
        rights={rights}
        onClose={on.close}
        onDelete={(note) => on.open({ kind: 'deleteNote', note })}
        onSave={(draft) => on.saveNote(noteDialog?.note ?? null, draft)}
      />
      <FrameDialog
        open={frameDialog !== null}
        frame={frameDialog?.frame ?? null}
        onClose={on.close}
        onDelete={(frame) => on.open({ kind: 'deleteFrame', frame })}
        onSave={(title) => on.saveFrame(frameDialog?.frame ?? null, title)}
      />
      {/* Open until the removal succeeded: a refusal (the note got locked meanwhile) is said while it is still asked. */}
      <ConfirmDialog
        open={doomedNote !== null}
        title={t('boards.note.deleteTitle')}
        text={t('boards.note.deleteText', { text: doomedNote?.text ?? '' })}
        confirm={t('boards.note.delete')}
        cancel={t('boards.cancel')}
        closeOnConfirm={false}
        onClose={on.close}
        onConfirm={() => doomedNote && on.removeNote(doomedNote)}
      />
      <ConfirmDialog
        open={doomedFrame !== null}
        title={t('boards.frame.deleteTitle')}
        text={t('boards.frame.deleteText', { title: doomedFrame?.title ?? '' })}
        confirm={t('boards.frame.delete')}
        cancel={t('boards.cancel')}
        closeOnConfirm={false}
        onClose={on.close}
        onConfirm={() => doomedFrame && on.removeFrame(doomedFrame)}
      />
    </>
  );
}
