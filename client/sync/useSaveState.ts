import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { type SaveState, SaveStateStore } from './saveState';
import type { CollabRoom } from './useCollabRoom';

export type { SaveState };

/** saved / saving / offline (changes kept on this device) / connecting / refused. */
export function useSaveState(room: CollabRoom): SaveState {
  const store = useMemo(() => new SaveStateStore(room.provider, room.doc), [room]);
  useEffect(() => store.start(), [store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
