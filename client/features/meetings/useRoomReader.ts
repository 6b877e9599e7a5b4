import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { openRoom } from '../../sync/openRoom';

/**
 * Follows a room only to show it (a section's text, a board's notes on the screen): nothing is written
 * and no presence is shared, so the room screen does not show up as a caret or a pointer there.
 * `read` must return a new value only when the content changed (it runs on every update).
 */
export function useRoomReader<T>(room: string | null, read: (doc: Y.Doc) => T, empty: T): T {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  useEffect(() => {
    if (!room) return;
    const d = new Y.Doc();
    const p = openRoom(room, d);
    // Before the socket opens: this page is a reader, not a person in that room.
    p.awareness.setLocalState(null);
    setDoc(d);
    return () => {
      setDoc(null);
      p.destroy();
      d.destroy();
    };
  }, [room]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` and `empty` are fixed per caller.
  const store = useMemo(() => {
    let snapshot = doc ? read(doc) : empty;
    return {
      subscribe(listener: () => void) {
        if (!doc) return () => {};
        const onUpdate = () => {
          snapshot = read(doc);
          listener();
        };
        doc.on('update', onUpdate);
        // The room may have synced between making this store and subscribing.
        onUpdate();
        return () => doc.off('update', onUpdate);
      },
      get: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
