import { useMemo, useSyncExternalStore } from 'react';
import type { SaveState } from './saveState';
import type { CollabRoom } from './useCollabRoom';

export type { SaveState };

/** The state that matters most to the person typing comes first. */
const PRIORITY: SaveState[] = [
  'refused',
  'tooLarge',
  'notSaved',
  'serverDown',
  'storing',
  'offline',
  'saving',
  'connecting',
  'saved',
];

/**
 * One save state for several rooms (a document's sections): the least reassuring one wins. `also`
 * counts in one more state (for example refused text still waiting on this device).
 */
export function useCombinedSaveState(rooms: readonly CollabRoom[], also: SaveState | null = null): SaveState {
  // Each room's store runs for as long as the room (useCollabRoom).
  const stores = useMemo(() => rooms.map((room) => room.save), [rooms]);
  const combined = useMemo(() => {
    const get = (): SaveState => {
      if (stores.length === 0) return also ?? 'connecting';
      const states = [...stores.map((s) => s.getSnapshot()), ...(also ? [also] : [])];
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
  }, [stores, also]);
  return useSyncExternalStore(combined.subscribe, combined.get);
}
