import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * What `read` makes of one map of a server-written room (the werkgroep's votes, decisions, boards,
 * meetings), live: read again whenever that map changes. `empty` (a constant) while there is no doc.
 */
export function useLiveMap<T>(doc: Y.Doc | null, mapName: string, read: (doc: Y.Doc) => T, empty: T): T {
  const store = useMemo(() => {
    let snapshot = doc ? read(doc) : empty;
    return {
      subscribe(listener: () => void) {
        if (!doc) return () => {};
        const map = doc.getMap(mapName);
        const onChange = () => {
          snapshot = read(doc);
          listener();
        };
        map.observe(onChange);
        // The room may have synced between creating the store and subscribing: catch up.
        onChange();
        return () => map.unobserve(onChange);
      },
      get: () => snapshot,
    };
  }, [doc, mapName, read, empty]);
  return useSyncExternalStore(store.subscribe, store.get);
}
