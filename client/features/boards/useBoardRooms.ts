import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { FRAMES, NOTES, readFrames, readNote, readNotes, touchedNotes } from '../../../shared/sync/boardDoc';
import { boardRooms } from '../../../shared/sync/rooms';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import type { BoardContent, PlacedFrame, PlacedNote, RoomKey } from './model';

export type BoardRoomSet = Partial<Record<RoomKey, CollabRoom>>;

/**
 * Opens a board's rooms for me: the open board and the locked frames always; my own room for hidden
 * notes only during a silent round (nobody else can open it; after the reveal it is empty).
 */
export function useBoardRooms(boardId: string, memberId: string, withMine: boolean): BoardRoomSet {
  const names = boardRooms(boardId, memberId);
  const board = useCollabRoom(names.board);
  const locked = useCollabRoom(names.locked);
  const mine = useCollabRoom(withMine ? names.mine : null);
  return useMemo(() => {
    const set: BoardRoomSet = {};
    if (board) set.board = board;
    if (locked) set.locked = locked;
    if (mine) set.mine = mine;
    return set;
  }, [board, locked, mine]);
}

/** While the server moves a note between rooms it can be in two for a moment: show it once. */
const PRIORITY: RoomKey[] = ['locked', 'board', 'mine'];
const byZ = <T extends { z: string; id: string }>(a: T, b: T) =>
  a.z < b.z ? -1 : a.z > b.z ? 1 : a.id.localeCompare(b.id);

/**
 * The notes of one room, kept parsed: a change re-reads only the notes it touched, and unchanged
 * notes keep their object, so a board of 500 notes with 20 people dragging stays fluid.
 */
class RoomNotes {
  readonly notes = new Map<string, PlacedNote>();
  frames: PlacedFrame[] = [];
  private dirty: { ids: Set<string>; all: boolean; frames: boolean } = {
    ids: new Set(),
    all: true,
    frames: true,
  };

  constructor(
    readonly doc: Y.Doc,
    readonly room: RoomKey,
  ) {}

  touch(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]) {
    const t = touchedNotes(events);
    for (const id of t.ids) this.dirty.ids.add(id);
    this.dirty.all ||= t.all;
  }

  touchFrames() {
    this.dirty.frames = true;
  }

  touchAll() {
    this.dirty = { ids: new Set(), all: true, frames: true };
  }

  /** Brings the parsed copy up to date; true when anything changed. */
  flush(): boolean {
    const { ids, all, frames } = this.dirty;
    if (!all && !frames && ids.size === 0) return false;
    if (all) {
      this.notes.clear();
      for (const n of readNotes(this.doc)) this.notes.set(n.id, { ...n, room: this.room });
    } else {
      for (const id of ids) {
        const n = readNote(this.doc, id);
        if (n) this.notes.set(id, { ...n, room: this.room });
        else this.notes.delete(id);
      }
    }
    // Frames never live in a member's own room.
    if (frames && this.room !== 'mine')
      this.frames = readFrames(this.doc).map((f) => ({ ...f, room: this.room as 'board' | 'locked' }));
    this.dirty = { ids: new Set(), all: false, frames: false };
    return true;
  }
}

function merge(rooms: readonly RoomNotes[]): BoardContent {
  const notes = new Map<string, PlacedNote>();
  const frames = new Map<string, PlacedFrame>();
  for (const r of rooms) {
    for (const [id, n] of r.notes) if (!notes.has(id)) notes.set(id, n);
    for (const f of r.frames) if (!frames.has(f.id)) frames.set(f.id, f);
  }
  return { notes: [...notes.values()].sort(byZ), frames: [...frames.values()].sort(byZ) };
}

const EMPTY: BoardContent = { notes: [], frames: [] };

/**
 * The notes and frames of all open rooms, merged, bottom to top. Others' changes are gathered and
 * applied once per animation frame: remote drags arrive many times a second and the screen needs one
 * picture per frame, not one per update. My own changes (a key press, a drop) are applied before the
 * next input event: a second arrow key pressed within the same frame must move the item on from where
 * the first one put it, not from where it was drawn last.
 */
export function useBoardContent(rooms: BoardRoomSet): BoardContent {
  const store = useMemo(() => {
    const parts = PRIORITY.flatMap((k) => {
      const doc = rooms[k]?.doc;
      return doc ? [new RoomNotes(doc, k)] : [];
    });
    for (const p of parts) p.flush();
    let snapshot = parts.length > 0 ? merge(parts) : EMPTY;
    return {
      subscribe(listener: () => void) {
        let frame: number | null = null;
        let soon = false;
        let live = true;
        const flush = () => {
          if (frame !== null) cancelAnimationFrame(frame);
          frame = null;
          if (parts.map((p) => p.flush()).some(Boolean)) {
            snapshot = merge(parts);
            listener();
          }
        };
        const schedule = (tr: Y.Transaction) => {
          if (!tr.local) {
            frame ??= requestAnimationFrame(flush);
            return;
          }
          // A microtask, not now: one key press can write to two rooms (a frame and its locked notes).
          if (soon) return;
          soon = true;
          queueMicrotask(() => {
            soon = false;
            if (live) flush();
          });
        };
        const offs = parts.map((p) => {
          const onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
            p.touch(events);
            schedule(tr);
          };
          const onFrames = (_events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
            p.touchFrames();
            schedule(tr);
          };
          const notes = p.doc.getMap(NOTES);
          const frames = p.doc.getMap(FRAMES);
          notes.observeDeep(onNotes);
          frames.observeDeep(onFrames);
          return () => {
            notes.unobserveDeep(onNotes);
            frames.unobserveDeep(onFrames);
          };
        });
        // Content may have arrived between the render that made this store and this subscription.
        for (const p of parts) {
          p.touchAll();
          p.flush();
        }
        snapshot = parts.length > 0 ? merge(parts) : EMPTY;
        listener();
        return () => {
          live = false;
          if (frame !== null) cancelAnimationFrame(frame);
          for (const off of offs) off();
        };
      },
      get: () => snapshot,
    };
  }, [rooms]);
  return useSyncExternalStore(store.subscribe, store.get);
}
