import { useMemo, useSyncExternalStore } from 'react';
import { readFrames, readNotes } from '../../../shared/sync/boardDoc';
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

const EMPTY: BoardContent = { notes: [], frames: [] };
/** While the server moves a note between rooms it can be in two for a moment: show it once. */
const PRIORITY: RoomKey[] = ['locked', 'board', 'mine'];

function read(rooms: BoardRoomSet): BoardContent {
  const notes = new Map<string, PlacedNote>();
  const frames = new Map<string, PlacedFrame>();
  for (const room of PRIORITY) {
    const doc = rooms[room]?.doc;
    if (!doc) continue;
    for (const n of readNotes(doc)) if (!notes.has(n.id)) notes.set(n.id, { ...n, room });
    // Frames never live in a member's own room.
    if (room !== 'mine')
      for (const f of readFrames(doc)) if (!frames.has(f.id)) frames.set(f.id, { ...f, room });
  }
  const byZ = <T extends { z: string; id: string }>(a: T, b: T) =>
    a.z < b.z ? -1 : a.z > b.z ? 1 : a.id.localeCompare(b.id);
  return { notes: [...notes.values()].sort(byZ), frames: [...frames.values()].sort(byZ) };
}

/** The notes and frames of all open rooms, merged, bottom to top; a new snapshot after every change. */
export function useBoardContent(rooms: BoardRoomSet): BoardContent {
  const store = useMemo(() => {
    const docs = Object.values(rooms).map((r) => r.doc);
    let snapshot = docs.length > 0 ? read(rooms) : EMPTY;
    return {
      subscribe(listener: () => void) {
        const onUpdate = () => {
          snapshot = read(rooms);
          listener();
        };
        for (const doc of docs) doc.on('update', onUpdate);
        // Content may have arrived (from this browser's copy or the server) between the render that
        // made this store and this subscription: read it again.
        onUpdate();
        return () => {
          for (const doc of docs) doc.off('update', onUpdate);
        };
      },
      get: () => snapshot,
    };
  }, [rooms]);
  return useSyncExternalStore(store.subscribe, store.get);
}
