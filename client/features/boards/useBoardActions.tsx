import type { TFunction } from 'i18next';
import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/schemas/board';
import type { Note } from '../../../shared/sync/boardDoc';
import { api } from '../../api/client';
import { type Action, useAction } from '../../api/useAction';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { BoardActions } from './BoardActions';
import { type BoardDialog, BoardDialogs, type DialogHandlers } from './BoardDialogs';
import { type CommandContext, editNote, frameCommands, noteCommands, type Outcome } from './commands';
import {
  type BoardContent,
  type BoardRights,
  frameAtPlaced,
  frameForNewNote,
  newNoteSpot,
  type PlacedFrame,
  type PlacedNote,
} from './model';
import type { BoardRoomSet } from './useBoardRooms';

type Centre = RefObject<(() => { x: number; y: number }) | null>;

/** Gives focus back to an item after the list re-rendered (a moved note changes place in it). */
function refocus(id: string) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-focus-id="${id}"]`)?.focus()),
  );
}

/** A little scatter (board units), so two people adding a note at the same moment do not stack them. */
const scatter = () => Math.round((Math.random() - 0.5) * 40);

/** What the actions and the dialogs' handlers share: the commands' context and how to say the outcome. */
interface Env {
  t: TFunction;
  ctx: CommandContext;
  content: BoardContent;
  rights: BoardRights;
  centerRef: Centre;
  setDialog: (d: BoardDialog | null) => void;
  announce: (message: string) => void;
  /** Says the outcome in the status line (`done` on success); true when it succeeded. */
  report: (outcome: Outcome, done?: string) => boolean;
  /** "Now in frame X" / "now loose on the board". */
  frameMessage: (frameId: string | null) => string;
  toggleLock: Action<[PlacedFrame]>;
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
}): { actions: BoardActions; dialogs: ReactNode; centerRef: Centre } {
  const { t } = useTranslation();
  const { board, rights, rooms, content, announce } = input;
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
  const centerRef: Centre = useRef(null);
  const toggleLock = useFrameLock(board, input.onChanged, announce);
  const titleOf = (frameId: string | null) =>
    content.frames.find((f) => f.id === frameId)?.title || t('boards.frame.untitled');
  const env: Env = {
    t,
    ctx: {
      docs: { board: rooms.board?.doc, locked: rooms.locked?.doc, mine: rooms.mine?.doc },
      content,
      rights,
      silent: board.silent,
      author: input.author,
    },
    content,
    rights,
    centerRef,
    setDialog,
    announce,
    report: (outcome, done) => {
      if (outcome.ok) {
        if (done) announce(done);
        return true;
      }
      announce(t(`boards.problems.${outcome.reason}`));
      return false;
    },
    frameMessage: (frameId) =>
      frameId ? t('boards.announce.inFrame', { title: titleOf(frameId) }) : t('boards.announce.loose'),
    toggleLock,
  };
  const dialogs = (
    <BoardDialogs dialog={dialog} frames={content.frames} rights={rights} on={dialogHandlers(env)} />
  );
  return { actions: boardActions(env), dialogs, centerRef };
}

/** Locking or unlocking a frame is the server's work (it moves the frame's notes between rooms). */
function useFrameLock(board: Board, onChanged: (b: Board) => void, announce: (m: string) => void) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  return useAction(
    async (frame: PlacedFrame) => {
      const locked = frame.room === 'locked';
      const body = locked ? { unlockFrame: frame.id } : { lockFrame: frame.id };
      onChanged(
        await api('updateBoard', { params: { werkgroepId: detail.werkgroep.id, boardId: board.id }, body }),
      );
      announce(t(locked ? 'boards.announce.unlocked' : 'boards.announce.locked', { title: frame.title }));
    },
    { onError: announce },
  );
}

function boardActions({ ctx, content, rights, centerRef, setDialog, report, frameMessage, toggleLock }: Env) {
  const actions: BoardActions = {
    rights,
    newNote: (frameId = null) =>
      setDialog({
        kind: 'note',
        note: null,
        frameId: frameForNewNote(frameId, centerRef.current?.() ?? null, content.frames, rights),
      }),
    newFrame: () => setDialog({ kind: 'frame', frame: null }),
    editNote: (note) => setDialog({ kind: 'note', note, frameId: note.frameId }),
    deleteNote: (note) => setDialog({ kind: 'deleteNote', note }),
    moveNote: (note, to) => {
      const after = frameAtPlaced(content.frames, to.x, to.y)?.id ?? null;
      report(
        noteCommands.moveTo.run(ctx, note, to),
        note.frameId !== after ? frameMessage(after) : undefined,
      );
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
  return actions;
}

function dialogHandlers({ t, ctx, content, centerRef, setDialog, announce, report, frameMessage }: Env) {
  const close = () => setDialog(null);
  const near = () => newNoteSpot(centerRef.current?.() ?? null, content, scatter);
  // The item as it is now: someone may have moved, locked or removed it while the dialog was open.
  const current = (note: PlacedNote) => content.notes.find((n) => n.id === note.id) ?? null;
  const gone = () => {
    announce(t('boards.problems.gone'));
    close();
  };
  const on: DialogHandlers = {
    open: setDialog,
    close,
    saveNote: (asked, draft) => {
      if (!asked) {
        if (report(noteCommands.add.run(ctx, { ...draft, near: near() }), t('boards.announce.added')))
          close();
        return;
      }
      const note = current(asked);
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
    },
    saveFrame: (frame, title) => {
      const outcome = frame
        ? frameCommands.rename.run(ctx, frame, title)
        : frameCommands.add.run(ctx, { title, near: near() });
      if (report(outcome, frame ? t('boards.announce.saved') : t('boards.announce.frameAdded', { title })))
        close();
    },
    removeNote: (asked) => {
      const note = current(asked);
      if (!note) return gone();
      if (report(noteCommands.remove.run(ctx, note), t('boards.announce.deleted'))) close();
    },
    removeFrame: (frame) => {
      if (report(frameCommands.remove.run(ctx, frame), t('boards.announce.frameDeleted'))) close();
    },
  };
  return on;
}
