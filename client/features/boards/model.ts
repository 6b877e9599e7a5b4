import { can } from '../../../shared/permissions';
import { BOARD_LIMITS, type Board } from '../../../shared/schemas/board';
import type { MemberRole } from '../../../shared/schemas/member';
import { type Frame, frameAt, NOTE_SIZE, type Note } from '../../../shared/sync/boardDoc';

/**
 * What the board screens show: the notes and frames of a board's rooms merged, each tagged with the
 * room it lives in, so a change is written to the doc that holds it (shared/sync/rooms.ts boardRooms).
 */
export type RoomKey = 'board' | 'locked' | 'mine';
export type PlacedNote = Note & { room: RoomKey };
export type PlacedFrame = Frame & { room: 'board' | 'locked' };

export interface BoardContent {
  notes: PlacedNote[];
  frames: PlacedFrame[];
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const noteRect = (n: { x: number; y: number }): Rect => ({ x: n.x, y: n.y, ...NOTE_SIZE });

/** Who may change what on this board, for showing controls (the server enforces the same per room). */
export function boardRights(role: MemberRole, board: Pick<Board, 'locked' | 'silent'>) {
  const manage = can(role, 'board.manage');
  const write = manage || (can(role, 'board.create') && !board.locked);
  return {
    manage,
    /** Adding notes and frames to the board (or, in a silent round, notes to my own room). */
    write,
    editNote: (n: PlacedNote) => (n.room === 'locked' ? manage : write),
    editFrame: (f: PlacedFrame) => (f.room === 'locked' ? manage : write),
    /** A note may be put in this frame by me (a locked frame only by the facilitator). */
    placeIn: (f: PlacedFrame) => (f.room === 'locked' ? manage : write),
  };
}
export type BoardRights = ReturnType<typeof boardRights>;

/**
 * Which room a note belongs in once it is in `frame`: a locked frame's notes live in the locked room;
 * a hidden note stays hidden; a note taken out of a locked frame goes back to the open board.
 */
export function roomFor(note: Pick<PlacedNote, 'room'>, frame: PlacedFrame | null): RoomKey {
  if (frame?.room === 'locked') return 'locked';
  return note.room === 'mine' ? 'mine' : 'board';
}

const overlaps = (a: Rect, b: Rect, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const MAX = BOARD_LIMITS.canvasSize;
const clampTo = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max);
export const clampNote = (p: { x: number; y: number }) => ({
  x: clampTo(p.x, MAX - NOTE_SIZE.w),
  y: clampTo(p.y, MAX - NOTE_SIZE.h),
});
export const clampFrame = (p: { x: number; y: number }, f: { w: number; h: number }) => ({
  x: clampTo(p.x, MAX - f.w),
  y: clampTo(p.y, MAX - f.h),
});

/** The height of a frame's title bar, in board units; notes are placed below it. */
export const FRAME_HEADER = 64;
const GAP = 16;

/**
 * A free place for a note inside `frame`, row by row, not on top of another note; when the frame is
 * full, its first slot (the note then lies on top, but is in the frame).
 */
export function placeInFrame(
  frame: Rect,
  notes: readonly { x: number; y: number }[],
): { x: number; y: number } {
  const taken = notes.map(noteRect);
  const first = { x: frame.x + GAP, y: frame.y + FRAME_HEADER };
  for (let y = first.y; y + NOTE_SIZE.h <= frame.y + frame.h - GAP / 2; y += NOTE_SIZE.h + GAP) {
    for (let x = first.x; x + NOTE_SIZE.w <= frame.x + frame.w - GAP / 2; x += NOTE_SIZE.w + GAP) {
      if (!taken.some((r) => overlaps(r, { x, y, ...NOTE_SIZE }))) return clampNote({ x, y });
    }
  }
  // A frame smaller than a note: centre the note on it, so frameAt still finds the frame.
  return clampNote({
    x: Math.min(first.x, frame.x + frame.w / 2 - NOTE_SIZE.w / 2),
    y: Math.min(first.y, frame.y + frame.h / 2 - NOTE_SIZE.h / 2),
  });
}

/**
 * A free place for a loose note (or a new frame, with its `size`) near `near` (its top-left corner),
 * avoiding `avoid` (other notes, and frames when it must stay outside them): rings of slots around
 * `near`, nearest first.
 */
export function freeSpot(
  near: { x: number; y: number },
  avoid: readonly Rect[],
  size: { w: number; h: number } = NOTE_SIZE,
): { x: number; y: number } {
  const stepX = size.w + GAP;
  const stepY = size.h + GAP;
  const clamp = (p: { x: number; y: number }) => ({
    x: clampTo(p.x, MAX - size.w),
    y: clampTo(p.y, MAX - size.h),
  });
  for (let ring = 0; ring < 40; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const spot = clamp({ x: near.x + dx * stepX, y: near.y + dy * stepY });
        if (!avoid.some((r) => overlaps(r, { ...spot, ...size }, GAP / 2))) return spot;
      }
    }
  }
  return clamp(near);
}

/** The frame a note at (x, y) falls in, among frames shown on the board. */
export const frameAtPlaced = (frames: readonly PlacedFrame[], x: number, y: number) =>
  frameAt(frames, x, y) as PlacedFrame | null;

/** Reading order: top to bottom, then left to right (rows of about a note's height). */
export function readingOrder<T extends { x: number; y: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const row = Math.round(a.y / NOTE_SIZE.h) - Math.round(b.y / NOTE_SIZE.h);
    return row !== 0 ? row : a.x - b.x;
  });
}

/** Frames in reading order with their notes, then the notes in no (visible) frame: the list view. */
export function groupByFrame(content: BoardContent) {
  const frames = readingOrder(content.frames);
  const ids = new Set(frames.map((f) => f.id));
  return {
    frames: frames.map((frame) => ({
      frame,
      notes: readingOrder(content.notes.filter((n) => n.frameId === frame.id)),
    })),
    loose: readingOrder(content.notes.filter((n) => n.frameId === null || !ids.has(n.frameId))),
  };
}

/** The smallest rectangle around everything on the board; null for an empty board. */
export function contentBounds(content: BoardContent): Rect | null {
  const rects = [...content.frames, ...content.notes.map(noteRect)];
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}

/**
 * Where a new note goes when no frame takes it: near the middle of what the canvas shows (`centre`,
 * with a little scatter so two people adding a note at the same moment do not stack them exactly),
 * or, without a canvas (the list view), beside everything on the board.
 */
export function newNoteSpot(
  centre: { x: number; y: number } | null,
  content: BoardContent,
  scatter: () => number,
): { x: number; y: number } {
  if (centre) return { x: centre.x + scatter(), y: centre.y + scatter() };
  const b = contentBounds(content);
  return b ? { x: b.x + b.w + 40, y: b.y } : { x: 40, y: 40 };
}

/**
 * The frame a new note starts in: the one asked for, else (from the canvas) the frame in the middle
 * of the screen if I may write in it, else none.
 */
export function frameForNewNote(
  asked: string | null,
  centre: { x: number; y: number } | null,
  frames: readonly PlacedFrame[],
  rights: Pick<BoardRights, 'placeIn'>,
): string | null {
  if (asked !== null) return asked;
  const under = centre ? frameAtPlaced(frames, centre.x, centre.y) : null;
  return under && rights.placeIn(under) ? under.id : null;
}
