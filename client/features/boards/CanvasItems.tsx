import { type KeyboardEvent, memo, type PointerEvent, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_SIZE } from '../../../shared/sync/boardDoc';
import type { BoardActions } from './BoardActions';
import { BoardIcon } from './icons';
import type { PlacedFrame, PlacedNote } from './model';
import { NoteMeta } from './NoteMeta';

/** Arrow keys move by this much (board units); with Shift, further. */
const STEP = 20;
const BIG_STEP = 100;

function arrow(e: KeyboardEvent): { dx: number; dy: number } | null {
  const step = e.shiftKey ? BIG_STEP : STEP;
  switch (e.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return null;
  }
}

/** The item (by id) an arrow key just moved, until the next animation frame. */
let movedByKey: string | null = null;

/**
 * Keys of a movable item: arrows move it, Enter/Space opens it, Delete removes it. A moved item can be
 * drawn anew elsewhere in the tab order (a note leaving its frame's group), which takes focus away: it
 * takes focus back in the same commit, before the next key press can arrive (a frame later is too late
 * for a quick second press, which would then go nowhere).
 */
function useItemKeys(
  id: string,
  handlers: {
    move: (dx: number, dy: number) => void;
    open: () => void;
    remove: () => void;
  },
) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (movedByKey === id && ref.current && document.activeElement !== ref.current)
      ref.current.focus({ preventScroll: true });
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const by = arrow(e);
    if (by) {
      movedByKey = id;
      handlers.move(by.dx, by.dy);
      requestAnimationFrame(() => {
        if (movedByKey === id) movedByKey = null;
      });
    } else if (e.key === 'Enter' || e.key === ' ') handlers.open();
    else if (e.key === 'Delete' || e.key === 'Backspace') handlers.remove();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return { ref, onKeyDown };
}

export interface ItemProps {
  actions: BoardActions;
  /** Offset while it is being dragged (board units). */
  offset: { dx: number; dy: number } | null;
  zIndex: number;
  hintId: string;
  onDragStart: (e: PointerEvent<HTMLElement>, kind: 'note' | 'frame', id: string) => void;
}

type NoteProps = ItemProps & { note: PlacedNote; frameTitle: string | null };

/**
 * A note re-renders only when what it shows changed: on a busy board most updates move one note, and
 * redrawing the other 499 each time cost the canvas most of its frames (bench/board.ts). Handlers read
 * `actions` when they run; a change of rights (a lock) is compared explicitly.
 */
export const CanvasNote = memo(
  CanvasNoteView,
  (a: NoteProps, b: NoteProps) =>
    a.note === b.note &&
    a.zIndex === b.zIndex &&
    a.frameTitle === b.frameTitle &&
    a.hintId === b.hintId &&
    a.offset?.dx === b.offset?.dx &&
    a.offset?.dy === b.offset?.dy &&
    a.actions.rights.editNote(a.note) === b.actions.rights.editNote(b.note),
);

function CanvasNoteView({ note, frameTitle, ...p }: NoteProps) {
  const { t } = useTranslation();
  const editable = p.actions.rights.editNote(note);
  const keys = useItemKeys(note.id, {
    move: (dx, dy) => p.actions.moveNote(note, { x: note.x + dx, y: note.y + dy }),
    open: () => p.actions.editNote(note),
    remove: () => p.actions.deleteNote(note),
  });
  const label = [
    note.text || t('boards.note.empty'),
    t('boards.note.by', {
      name: note.author.name,
      group: t(`groups.${note.author.group}`, note.author.group),
    }),
    t(`boards.colors.${note.color}`),
    frameTitle ? t('boards.note.inFrame', { title: frameTitle }) : t('boards.note.loose'),
    note.room === 'mine' ? t('boards.note.hidden') : null,
    editable ? null : t('boards.readOnlyShort'),
  ]
    .filter(Boolean)
    .join('. ');
  // A note I may change is a button (Enter edits, arrows move); otherwise a labelled group to read.
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the role is set below (button or group).
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: both roles it gets support a name.
    <div
      ref={keys.ref}
      className={`note note--${note.color}${p.offset ? ' note--dragging' : ''}${editable ? '' : ' note--readonly'}`}
      style={{
        left: note.x + (p.offset?.dx ?? 0),
        top: note.y + (p.offset?.dy ?? 0),
        width: NOTE_SIZE.w,
        height: NOTE_SIZE.h,
        zIndex: p.zIndex,
      }}
      data-focus-id={note.id}
      data-rect={`${note.x},${note.y},${NOTE_SIZE.w},${NOTE_SIZE.h}`}
      tabIndex={0}
      role={editable ? 'button' : 'group'}
      aria-label={label}
      aria-describedby={editable ? p.hintId : undefined}
      onKeyDown={editable ? keys.onKeyDown : undefined}
      onDoubleClick={editable ? () => p.actions.editNote(note) : undefined}
      onPointerDown={editable ? (e) => p.onDragStart(e, 'note', note.id) : undefined}
    >
      <p className="note__text">{note.text}</p>
      <NoteMeta note={note} decorative />
    </div>
  );
}

export function CanvasFrame({ frame, ...p }: ItemProps & { frame: PlacedFrame }) {
  const { t } = useTranslation();
  const { actions } = p;
  const editable = actions.rights.editFrame(frame);
  const locked = frame.room === 'locked';
  const keys = useItemKeys(frame.id, {
    move: (dx, dy) => actions.moveFrame(frame, { x: frame.x + dx, y: frame.y + dy }),
    open: () => actions.editFrame(frame),
    remove: () => actions.deleteFrame(frame),
  });
  const title = frame.title || t('boards.frame.untitled');
  return (
    <div
      className={`frame${locked ? ' frame--locked' : ''}${p.offset ? ' frame--dragging' : ''}`}
      style={{
        left: frame.x + (p.offset?.dx ?? 0),
        top: frame.y + (p.offset?.dy ?? 0),
        width: frame.w,
        height: frame.h,
        zIndex: p.zIndex,
      }}
      data-rect={`${frame.x},${frame.y},${frame.w},${frame.h}`}
    >
      <div className="frame__header">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the role is set below (button or group). */}
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: both roles it gets support a name. */}
        <div
          ref={keys.ref}
          className="frame__handle"
          data-focus-id={frame.id}
          tabIndex={0}
          role={editable ? 'button' : 'group'}
          aria-label={`${t('boards.frame.label', { title })}${locked ? `. ${t('boards.locked.frame')}` : ''}`}
          aria-describedby={editable ? p.hintId : undefined}
          onKeyDown={editable ? keys.onKeyDown : undefined}
          onDoubleClick={editable ? () => actions.editFrame(frame) : undefined}
          onPointerDown={editable ? (e) => p.onDragStart(e, 'frame', frame.id) : undefined}
        >
          {locked && <BoardIcon name="lock" size={28} />}
          <span className="frame__title">{title}</span>
        </div>
        {actions.rights.manage && (
          <button
            type="button"
            className="frame__lock"
            aria-pressed={locked}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={() => actions.toggleFrameLock(frame)}
          >
            <BoardIcon name={locked ? 'lock' : 'unlock'} size={24} />
            <span className="visually-hidden">{t('boards.frame.lockToggle', { title })}</span>
          </button>
        )}
      </div>
      {locked && <p className="frame__locked-note">{t('boards.locked.frame')}</p>}
    </div>
  );
}
