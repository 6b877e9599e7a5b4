import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { z } from 'zod';
import { BOARD_LIMITS, type NoteColor, noteColorSchema } from '../schemas/board';

/**
 * The layout of a board's Y.Docs, written down once. A board has three kinds of room with this
 * same layout: `board:<id>` (the open content), `boardlock:<id>` (locked frames and their notes,
 * only the facilitator writes) and `boarddraft:<board><member>` (a member's notes during a silent
 * brainstorm, only they read it). Notes and frames are Y.Maps in maps keyed by id, so concurrent
 * changes to different notes, or to different fields of one note, merge. Stacking order is a
 * fractional index (`z`), not an array position, so two people bringing notes to the front never
 * conflict. Positions are board coordinates (0..BOARD_LIMITS.canvasSize).
 */
export const NOTES = 'notes';
export const FRAMES = 'frames';
export const BOARD_ORIGIN = 'board:local';

const coord = z.number().finite().min(0).max(BOARD_LIMITS.canvasSize);

export const noteSchema = z.object({
  id: z.string(),
  text: z.string(),
  color: noteColorSchema,
  x: coord,
  y: coord,
  z: z.string(),
  frameId: z.string().nullable(),
  author: z.object({ memberId: z.string(), name: z.string(), group: z.string() }),
  createdAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const frameSchema = z.object({
  id: z.string(),
  title: z.string(),
  x: coord,
  y: coord,
  w: z.number().finite().min(80).max(BOARD_LIMITS.canvasSize),
  h: z.number().finite().min(80).max(BOARD_LIMITS.canvasSize),
  z: z.string(),
});
export type Frame = z.infer<typeof frameSchema>;

export const NOTE_SIZE = { w: 180, h: 120 } as const;

const clamp = (v: number, max = BOARD_LIMITS.canvasSize) => Math.min(Math.max(0, Math.round(v)), max);

const notesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(NOTES);
const framesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(FRAMES);

/** The key above every note (or frame) now in `map`, to bring something to the front. */
function topZ(map: Y.Map<Y.Map<unknown>>): string {
  let top: string | null = null;
  for (const item of map.values()) {
    const z = item.get('z');
    if (typeof z === 'string' && (top === null || z > top)) top = z;
  }
  return generateKeyBetween(top, null);
}

export interface NewNote {
  id: string;
  text: string;
  color: NoteColor;
  x: number;
  y: number;
  frameId?: string | null;
  author: Note['author'];
  createdAt?: string;
}

/** Adds a note on top of the others. */
export function addNote(doc: Y.Doc, note: NewNote, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    const m = new Y.Map<unknown>();
    const text = new Y.Text();
    text.insert(0, note.text.slice(0, BOARD_LIMITS.noteTextMax));
    m.set('text', text);
    m.set('color', note.color);
    m.set('x', clamp(note.x));
    m.set('y', clamp(note.y));
    m.set('z', topZ(notes));
    m.set('frameId', note.frameId ?? null);
    m.set('author', { ...note.author });
    m.set('createdAt', note.createdAt ?? new Date().toISOString());
    notes.set(note.id, m);
  }, origin);
}

/** Replaces a note's text (a shared Y.Text: concurrent edits of one note merge character by character). */
export function setNoteText(doc: Y.Doc, id: string, text: string, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => {
    const t = notesOf(doc).get(id)?.get('text');
    if (!(t instanceof Y.Text)) return;
    const next = text.slice(0, BOARD_LIMITS.noteTextMax);
    const current = t.toString();
    if (current === next) return;
    // Change only what differs, so a concurrent edit elsewhere in the note survives.
    let start = 0;
    while (start < current.length && start < next.length && current[start] === next[start]) start++;
    let end = 0;
    while (
      end < current.length - start &&
      end < next.length - start &&
      current[current.length - 1 - end] === next[next.length - 1 - end]
    )
      end++;
    t.delete(start, current.length - start - end);
    t.insert(start, next.slice(start, next.length - end));
  }, origin);
}

export function setNoteColor(doc: Y.Doc, id: string, color: NoteColor, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => notesOf(doc).get(id)?.set('color', color), origin);
}

/** Moves a note (and brings it to the front); `frameId` says which frame it is in now, if any. */
export function moveNote(
  doc: Y.Doc,
  id: string,
  to: { x: number; y: number; frameId?: string | null },
  origin: unknown = BOARD_ORIGIN,
): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    const m = notes.get(id);
    if (!m) return;
    m.set('x', clamp(to.x));
    m.set('y', clamp(to.y));
    if (to.frameId !== undefined) m.set('frameId', to.frameId);
    m.set('z', topZ(notes));
  }, origin);
}

export function deleteNote(doc: Y.Doc, id: string, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => notesOf(doc).delete(id), origin);
}

export function addFrame(doc: Y.Doc, frame: Omit<Frame, 'z'>, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => {
    const frames = framesOf(doc);
    const m = new Y.Map<unknown>();
    m.set('title', frame.title.slice(0, BOARD_LIMITS.frameTitleMax));
    m.set('x', clamp(frame.x));
    m.set('y', clamp(frame.y));
    m.set('w', Math.max(80, clamp(frame.w)));
    m.set('h', Math.max(80, clamp(frame.h)));
    m.set('z', topZ(frames));
    frames.set(frame.id, m);
  }, origin);
}

export function setFrameTitle(doc: Y.Doc, id: string, title: string, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => framesOf(doc).get(id)?.set('title', title.slice(0, BOARD_LIMITS.frameTitleMax)), origin);
}

/** Moves a frame and carries its notes along by the same distance, in one transaction. */
export function moveFrame(
  doc: Y.Doc,
  id: string,
  to: { x: number; y: number },
  origin: unknown = BOARD_ORIGIN,
): void {
  doc.transact(() => {
    const frame = framesOf(doc).get(id);
    if (!frame) return;
    const dx = clamp(to.x) - Number(frame.get('x'));
    const dy = clamp(to.y) - Number(frame.get('y'));
    frame.set('x', clamp(to.x));
    frame.set('y', clamp(to.y));
    for (const note of notesOf(doc).values()) {
      if (note.get('frameId') !== id) continue;
      note.set('x', clamp(Number(note.get('x')) + dx));
      note.set('y', clamp(Number(note.get('y')) + dy));
    }
  }, origin);
}

/** Removes a frame; its notes stay where they are, outside any frame. */
export function deleteFrame(doc: Y.Doc, id: string, origin: unknown = BOARD_ORIGIN): void {
  doc.transact(() => {
    framesOf(doc).delete(id);
    for (const note of notesOf(doc).values()) if (note.get('frameId') === id) note.set('frameId', null);
  }, origin);
}

/** The frame whose area holds the middle of a note at (x, y), topmost first; null when none. */
export function frameAt(frames: readonly Frame[], x: number, y: number): Frame | null {
  const cx = x + NOTE_SIZE.w / 2;
  const cy = y + NOTE_SIZE.h / 2;
  const hits = frames.filter((f) => cx >= f.x && cx <= f.x + f.w && cy >= f.y && cy <= f.y + f.h);
  return hits.sort((a, b) => (a.z < b.z ? 1 : -1))[0] ?? null;
}

const plain = (m: Y.Map<unknown>, id: string) => {
  const out: Record<string, unknown> = { id };
  for (const [k, v] of m.entries()) out[k] = v instanceof Y.Text ? v.toString() : v;
  return out;
};

/** One note, or null when it is not there or does not parse. */
export function readNote(doc: Y.Doc, id: string): Note | null {
  const m = notesOf(doc).get(id);
  if (!m) return null;
  const parsed = noteSchema.safeParse(plain(m, id));
  return parsed.success ? parsed.data : null;
}

/**
 * Which notes a change touched (by id), from the events of `notes.observeDeep`: a note added,
 * removed or replaced, a field of a note, or its text. Lets a view re-read only those.
 */
export function touchedNotes(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): {
  ids: Set<string>;
  all: boolean;
} {
  const ids = new Set<string>();
  let all = false;
  for (const e of events) {
    // path[0] is the note's id for a change inside a note; empty for the notes map itself.
    const first = e.path[0];
    if (typeof first === 'string') ids.add(first);
    else if (e.target instanceof Y.Map && e.path.length === 0) for (const key of e.keys.keys()) ids.add(key);
    else all = true;
  }
  return { ids, all };
}

/** Every note that parses, bottom to top. */
export function readNotes(doc: Y.Doc): Note[] {
  const out: Note[] = [];
  notesOf(doc).forEach((m, id) => {
    const parsed = noteSchema.safeParse(plain(m, id));
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => (a.z < b.z ? -1 : a.z > b.z ? 1 : a.id.localeCompare(b.id)));
}

/** Every frame that parses, bottom to top. */
export function readFrames(doc: Y.Doc): Frame[] {
  const out: Frame[] = [];
  framesOf(doc).forEach((m, id) => {
    const parsed = frameSchema.safeParse(plain(m, id));
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => (a.z < b.z ? -1 : a.z > b.z ? 1 : a.id.localeCompare(b.id)));
}

/**
 * Removes notes and frames (the server moves them between a board's rooms: read them from one with
 * readNotes/readFrames, add them to the other, then remove them here). Text history stays behind.
 */
export function removeItems(
  doc: Y.Doc,
  what: { notes: readonly string[]; frames: readonly string[] },
  origin: unknown = BOARD_ORIGIN,
): void {
  doc.transact(() => {
    for (const id of what.notes) notesOf(doc).delete(id);
    for (const id of what.frames) framesOf(doc).delete(id);
  }, origin);
}
