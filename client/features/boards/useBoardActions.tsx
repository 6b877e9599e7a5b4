import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/schemas/board';
import type { Note } from '../../../shared/sync/boardDoc';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { BoardActions } from './BoardActions';
import { type CommandContext, editNote, frameCommands, noteCommands, type Outcome } from './commands';
import { ConfirmDialog, FrameDialog } from './FrameDialogs';
import {
  type BoardContent,
  type BoardRights,
  contentBounds,
  frameAtPlaced,
  type PlacedFrame,
  type PlacedNote,
} from './model';
import { NoteDialog } from './NoteDialog';
import type { BoardRoomSet } from './useBoardRooms';

type Dialog =
  | { kind: 'note'; note: PlacedNote | null; frameId: string | null }
  | { kind: 'frame'; frame: PlacedFrame | null }
  | { kind: 'deleteNote'; note: PlacedNote }
  | { kind: 'deleteFrame'; frame: PlacedFrame };

/** Gives focus back to an item after the list re-rendered (a moved note changes place in it). */
function refocus(id: string) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-focus-id="${id}"]`)?.focus()),
  );
}

/**
 * The board page's actions for both views: runs the commands against the rooms, opens the dialogs
 * (new note, edit, frame, confirm delete) and says what happened in the page's status line.
 */
export function useBoardActions(input: {
  board: Board;
  rights: BoardRights;
  rooms: BoardRoomSet;
  content: BoardContent;
  author: Note['author'];
  announce: (message: string) => void;
  onChanged: (board: Board) => void;
}): {
  actions: BoardActions;
  dialogs: ReactNode;
  centerRef: RefObject<(() => { x: number; y: number }) | null>;
} {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const { board, rights, rooms, content, announce } = input;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const centerRef = useRef<(() => { x: number; y: number }) | null>(null);
  const ctx: CommandContext = {
    docs: { board: rooms.board?.doc, locked: rooms.locked?.doc, mine: rooms.mine?.doc },
    content,
    rights,
    silent: board.silent,
    author: input.author,
  };
  const close = () => setDialog(null);
  const titleOf = (frameId: string | null) =>
    content.frames.find((f) => f.id === frameId)?.title || t('boards.frame.untitled');
  /** Where a new note goes without a frame: the middle of the canvas, or beside everything. */
  const near = () => {
    // A little scatter, so two people adding a note at the same moment do not stack them exactly.
    const jitter = () => Math.round((Math.random() - 0.5) * 40);
    const fromCanvas = centerRef.current?.();
    if (fromCanvas) return { x: fromCanvas.x + jitter(), y: fromCanvas.y + jitter() };
    const b = contentBounds(content);
    return b ? { x: b.x + b.w + 40, y: b.y } : { x: 40, y: 40 };
  };
  const report = (outcome: Outcome, done?: string) => {
    if (outcome.ok) {
      if (done) announce(done);
      return true;
    }
    announce(t(`boards.problems.${outcome.reason}`));
    return false;
  };
  const current = (note: PlacedNote) => content.notes.find((n) => n.id === note.id) ?? null;
  const gone = () => {
    announce(t('boards.problems.gone'));
    close();
  };
  const toggleLock = useAction(
    async (frame: PlacedFrame) => {
      const locked = frame.room === 'locked';
      const body = locked ? { unlockFrame: frame.id } : { lockFrame: frame.id };
      const b = await api('updateBoard', {
        params: { werkgroepId: detail.werkgroep.id, boardId: board.id },
        body,
      });
      input.onChanged(b);
      announce(t(locked ? 'boards.announce.unlocked' : 'boards.announce.locked', { title: frame.title }));
    },
    { onError: announce },
  );
  const frameMessage = (frameId: string | null) =>
    frameId ? t('boards.announce.inFrame', { title: titleOf(frameId) }) : t('boards.announce.loose');

  const actions: BoardActions = {
    rights,
    newNote: (frameId = null) => {
      // From the canvas: in the frame in the middle of the screen, if there is one I may write in.
      const centre = centerRef.current?.();
      const under = frameId === null && centre ? frameAtPlaced(content.frames, centre.x, centre.y) : null;
      setDialog({
        kind: 'note',
        note: null,
        frameId: frameId ?? (under && rights.placeIn(under) ? under.id : null),
      });
    },
    newFrame: () => setDialog({ kind: 'frame', frame: null }),
    editNote: (note) => setDialog({ kind: 'note', note, frameId: note.frameId }),
    deleteNote: (note) => setDialog({ kind: 'deleteNote', note }),
    moveNote: (note, to) => {
      const before = note.frameId;
      const after = frameAtPlaced(content.frames, to.x, to.y)?.id ?? null;
      report(noteCommands.moveTo.run(ctx, note, to), before !== after ? frameMessage(after) : undefined);
    },
    editFrame: (frame) => setDialog({ kind: 'frame', frame }),
    deleteFrame: (frame) => {
      if (frame.room === 'locked') report({ ok: false, reason: 'unlockFirst' });
      else setDialog({ kind: 'deleteFrame', frame });
    },
    moveFrame: (frame, to) => {
      report(frameCommands.moveTo.run(ctx, frame, to));
    },
    toggleFrameLock: (frame) => void toggleLock.run(frame),
  };

  const open = (kind: Dialog['kind']) => dialog?.kind === kind;
  const noteDialog = dialog?.kind === 'note' ? dialog : null;
  const frameDialog = dialog?.kind === 'frame' ? dialog : null;
  const dialogs = (
    <>
      <NoteDialog
        open={open('note')}
        note={noteDialog?.note ?? null}
        initial={{
          text: noteDialog?.note?.text ?? '',
          color: noteDialog?.note?.color ?? 'geel',
          frameId: noteDialog?.frameId ?? null,
        }}
        frames={content.frames}
        rights={rights}
        onClose={close}
        onDelete={(note) => setDialog({ kind: 'deleteNote', note })}
        onSave={(draft) => {
          if (!noteDialog?.note) {
            if (report(noteCommands.add.run(ctx, { ...draft, near: near() }), t('boards.announce.added')))
              close();
            return;
          }
          // The note as it is now: someone may have moved, locked or removed it meanwhile.
          const note = current(noteDialog.note);
          if (!note) return gone();
          const moved = draft.frameId !== note.frameId;
          if (
            report(
              editNote.run(ctx, note, draft),
              moved ? frameMessage(draft.frameId) : t('boards.announce.saved'),
            )
          ) {
            close();
            refocus(note.id);
          }
        }}
      />
      <FrameDialog
        open={open('frame')}
        frame={frameDialog?.frame ?? null}
        onClose={close}
        onDelete={(frame) => setDialog({ kind: 'deleteFrame', frame })}
        onSave={(title) => {
          const frame = frameDialog?.frame;
          const outcome = frame
            ? frameCommands.rename.run(ctx, frame, title)
            : frameCommands.add.run(ctx, { title, near: near() });
          if (
            report(outcome, frame ? t('boards.announce.saved') : t('boards.announce.frameAdded', { title }))
          )
            close();
        }}
      />
      <ConfirmDialog
        open={open('deleteNote')}
        title={t('boards.note.deleteTitle')}
        text={t('boards.note.deleteText', { text: dialog?.kind === 'deleteNote' ? dialog.note.text : '' })}
        confirm={t('boards.note.delete')}
        onClose={close}
        onConfirm={() => {
          if (dialog?.kind !== 'deleteNote') return;
          const note = current(dialog.note);
          if (!note) return gone();
          if (report(noteCommands.remove.run(ctx, note), t('boards.announce.deleted'))) close();
        }}
      />
      <ConfirmDialog
        open={open('deleteFrame')}
        title={t('boards.frame.deleteTitle')}
        text={t('boards.frame.deleteText', {
          title: dialog?.kind === 'deleteFrame' ? dialog.frame.title : '',
        })}
        confirm={t('boards.frame.delete')}
        onClose={close}
        onConfirm={() => {
          if (dialog?.kind !== 'deleteFrame') return;
          if (report(frameCommands.remove.run(ctx, dialog.frame), t('boards.announce.frameDeleted'))) close();
        }}
      />
    </>
  );
  return { actions, dialogs, centerRef };
}
