import type * as Y from 'yjs';
import type { NoteColor } from '../../../shared/schemas/board';
import {
  addFrame as addFrameToDoc,
  addNote as addNoteToDoc,
  deleteFrame as deleteFrameFromDoc,
  deleteNote as deleteNoteFromDoc,
  moveFrame,
  moveNote,
  type Note,
  setFrameTitle,
  setNoteColor,
  setNoteText,
} from '../../../shared/sync/boardDoc';
import {
  type BoardContent,
  type BoardRights,
  clampFrame,
  clampNote,
  frameAtPlaced,
  freeSpot,
  noteRect,
  type PlacedFrame,
  type PlacedNote,
  placeInFrame,
  type RoomKey,
  roomFor,
} from './model';

/**
 * The board's user actions as named commands, shared by the canvas, the list view, keyboard keys and
 * tests (as excalidraw's actions): each checks whether it is allowed and writes to the right room
 * through shared/sync/boardDoc.ts only.
 */
export interface CommandContext {
  /** The open rooms' docs; `mine` only during a silent round. */
  docs: Partial<Record<RoomKey, Y.Doc>>;
  content: BoardContent;
  rights: BoardRights;
  silent: boolean;
  author: Note['author'];
}

export type Outcome =
  | { ok: true }
  | { ok: false; reason: 'locked' | 'notAllowed' | 'notReady' | 'unlockFirst' };
const OK: Outcome = { ok: true };
const fail = (reason: Extract<Outcome, { ok: false }>['reason']): Outcome => ({ ok: false, reason });

export const FRAME_SIZE = { w: 560, h: 640 } as const;

/** Ids without crypto.randomUUID, which a phone on the room's wifi (plain http) does not have. */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** A named command whose `run` refuses what `isAllowed` refuses. */
function command<A extends unknown[]>(
  id: string,
  isAllowed: (ctx: CommandContext, ...args: A) => boolean,
  run: (ctx: CommandContext, ...args: A) => Outcome,
) {
  return {
    id,
    isAllowed,
    run: (ctx: CommandContext, ...args: A): Outcome =>
      isAllowed(ctx, ...args) ? run(ctx, ...args) : fail('notAllowed'),
  };
}

const frameById = (ctx: CommandContext, id: string | null) =>
  id === null ? null : (ctx.content.frames.find((f) => f.id === id) ?? null);

/** Puts a note at `pos` in `frame` (or loose), moving it to another room when the frame asks for it. */
function relocate(
  ctx: CommandContext,
  note: PlacedNote,
  pos: { x: number; y: number },
  frame: PlacedFrame | null,
): Outcome {
  if (frame && !ctx.rights.placeIn(frame)) return fail('locked');
  const target = roomFor(note, frame);
  const from = ctx.docs[note.room];
  const to = ctx.docs[target];
  if (!from || !to) return fail('notReady');
  const at = clampNote(pos);
  const frameId = frame?.id ?? null;
  if (target === note.room) {
    moveNote(from, note.id, { ...at, frameId });
    return OK;
  }
  // Another room (into or out of a locked frame): add it there first, so it is never lost in between.
  addNoteToDoc(to, { ...note, ...at, frameId });
  deleteNoteFromDoc(from, note.id);
  return OK;
}

export interface NewNoteInput {
  text: string;
  color: NoteColor;
  frameId: string | null;
  /** Where it should go when it is in no frame (the middle of what the screen shows). */
  near: { x: number; y: number };
}

export const noteCommands = {
  add: command(
    'note.add',
    (ctx, _input: NewNoteInput) => ctx.rights.write,
    (ctx, input) => {
      const frame = frameById(ctx, input.frameId);
      if (frame && !ctx.rights.placeIn(frame)) return fail('locked');
      // A new note in a silent round is hidden in my own room until the facilitator reveals it.
      const room = roomFor({ room: ctx.silent ? 'mine' : 'board' }, frame);
      const doc = ctx.docs[room];
      if (!doc) return fail('notReady');
      const pos = frame
        ? placeInFrame(
            frame,
            ctx.content.notes.filter((n) => n.frameId === frame.id),
          )
        : freeSpot(input.near, [...ctx.content.notes.map(noteRect), ...ctx.content.frames]);
      addNoteToDoc(doc, {
        id: newItemId(),
        text: input.text,
        color: input.color,
        ...pos,
        frameId: frame?.id ?? null,
        author: ctx.author,
      });
      return OK;
    },
  ),
  /** "Verplaats naar kader": into a free place in the frame, or out of every frame. */
  toFrame: command(
    'note.toFrame',
    (ctx, note: PlacedNote, _frameId: string | null) => ctx.rights.editNote(note),
    (ctx, note, frameId) => {
      const frame = frameById(ctx, frameId);
      const others = ctx.content.notes.filter((n) => n.id !== note.id);
      const pos = frame
        ? placeInFrame(
            frame,
            others.filter((n) => n.frameId === frame.id),
          )
        : freeSpot(note, [...others.map(noteRect), ...ctx.content.frames]);
      return relocate(ctx, note, pos, frame);
    },
  ),
  /** Drag and drop, or the arrow keys: the frame under the note's middle becomes its frame. */
  moveTo: command(
    'note.moveTo',
    (ctx, note: PlacedNote, _pos: { x: number; y: number }) => ctx.rights.editNote(note),
    (ctx, note, pos) => {
      const at = clampNote(pos);
      return relocate(ctx, note, at, frameAtPlaced(ctx.content.frames, at.x, at.y));
    },
  ),
  remove: command(
    'note.remove',
    (ctx, note: PlacedNote) => ctx.rights.editNote(note),
    (ctx, note) => {
      const doc = ctx.docs[note.room];
      if (!doc) return fail('notReady');
      deleteNoteFromDoc(doc, note.id);
      return OK;
    },
  ),
};

/** The note dialog's save: text, colour, and the frame it should be in. */
export const editNote = command(
  'note.edit',
  (ctx, note: PlacedNote, _change: { text: string; color: NoteColor; frameId: string | null }) =>
    ctx.rights.editNote(note),
  (ctx, note, change) => {
    if (change.frameId !== note.frameId) {
      const moved = noteCommands.toFrame.run(ctx, note, change.frameId);
      if (!moved.ok) return moved;
    }
    // The note may live in another room now (into or out of a locked frame): write there.
    const doc = ctx.docs[roomFor(note, frameById(ctx, change.frameId))];
    if (!doc) return fail('notReady');
    setNoteText(doc, note.id, change.text);
    setNoteColor(doc, note.id, change.color);
    return OK;
  },
);

export const frameCommands = {
  add: command(
    'frame.add',
    (ctx, _input: { title: string; near: { x: number; y: number } }) => ctx.rights.write,
    (ctx, input) => {
      const doc = ctx.docs.board;
      if (!doc) return fail('notReady');
      const pos = freeSpot(input.near, ctx.content.frames, FRAME_SIZE);
      addFrameToDoc(doc, { id: newItemId(), title: input.title, ...pos, ...FRAME_SIZE });
      return OK;
    },
  ),
  rename: command(
    'frame.rename',
    (ctx, frame: PlacedFrame, _title: string) => ctx.rights.editFrame(frame),
    (ctx, frame, title) => {
      const doc = ctx.docs[frame.room];
      if (!doc) return fail('notReady');
      setFrameTitle(doc, frame.id, title);
      return OK;
    },
  ),
  /** Moves a frame with its notes: those in its own room in one go, my hidden ones in it as well. */
  moveTo: command(
    'frame.moveTo',
    (ctx, frame: PlacedFrame, _pos: { x: number; y: number }) => ctx.rights.editFrame(frame),
    (ctx, frame, pos) => {
      const doc = ctx.docs[frame.room];
      if (!doc) return fail('notReady');
      const at = clampFrame(pos, frame);
      const dx = at.x - frame.x;
      const dy = at.y - frame.y;
      moveFrame(doc, frame.id, at);
      for (const n of ctx.content.notes) {
        const other = ctx.docs[n.room];
        if (n.frameId !== frame.id || n.room === frame.room || !other || !ctx.rights.editNote(n)) continue;
        moveNote(other, n.id, clampNote({ x: n.x + dx, y: n.y + dy }));
      }
      return OK;
    },
  ),
  remove: command(
    'frame.remove',
    (ctx, frame: PlacedFrame) => ctx.rights.editFrame(frame),
    (ctx, frame) => {
      // Its notes would stay behind in the locked room, outside any frame: unlock it first.
      if (frame.room === 'locked') return fail('unlockFirst');
      const doc = ctx.docs[frame.room];
      if (!doc) return fail('notReady');
      deleteFrameFromDoc(doc, frame.id);
      for (const n of ctx.content.notes) {
        const other = ctx.docs[n.room];
        if (n.frameId === frame.id && n.room !== frame.room && other)
          moveNote(other, n.id, { x: n.x, y: n.y, frameId: null });
      }
      return OK;
    },
  ),
};
