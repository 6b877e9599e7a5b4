import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Board } from '../../../shared/schemas/board';
import { BOARDS_MAP, readBoards } from '../../../shared/sync/werkgroepDoc';

const NO_BOARDS: Board[] = [];

/**
 * Every board's record (title, locks, silent round, timer), live from the werkgroep's room: the server
 * writes it there after each change, so a lock or a reveal reaches every screen without polling.
 */
export function useLiveBoards(doc: Y.Doc | null): Board[] {
  const store = useMemo(() => {
    let snapshot = doc ? readBoards(doc) : NO_BOARDS;
    return {
      subscribe(listener: () => void) {
        if (!doc) return () => {};
        const map = doc.getMap(BOARDS_MAP);
        const onChange = () => {
          snapshot = readBoards(doc);
          listener();
        };
        map.observe(onChange);
        // The room may have synced between the render that made this store and this subscription.
        onChange();
        return () => map.unobserve(onChange);
      },
      get: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
