import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { type SaveState, SaveStateStore } from './saveState';
import type { CollabRoom } from './useCollabRoom';

export type { SaveState };

/** The state that matters most to the person typing comes first. */
const PRIORITY: SaveState[] = ['refused', 'storing', 'offline', 'saving', 'connecting', 'saved'];

/** One save state for several rooms (a document's sections): the least reassuring one wins. */
export function useCombinedSaveState(rooms: readonly CollabRoom[]): SaveState {
  const stores = useMemo(
    () => rooms.map((room) => new SaveStateStore(room.provider, room.doc, room.local)),
    [rooms],
  );
  useEffect(() => {
    const stops = stores.map((s) => s.start());
    return () => {
      for (const stop of stops) stop();
    };
  }, [stores]);
  const combined = useMemo(() => {
    const get = (): SaveState => {
      if (stores.length === 0) return 'connecting';
      const states = stores.map((s) => s.getSnapshot());
      return PRIORITY.find((p) => states.includes(p)) ?? 'saved';
    };
    return {
      subscribe: (listener: () => void) => {
        const offs = stores.map((s) => s.subscribe(listener));
        return () => {
          for (const off of offs) off();
        };
      },
      get,
    };
  }, [stores]);
  return useSyncExternalStore(combined.subscribe, combined.get);
}
