import { useMemo, useSyncExternalStore } from 'react';
import type { Thread } from '../../../shared/schemas/comment';
import { readThreads } from '../../../shared/sync/documentDoc';
import type { CollabRoom } from '../../sync/useCollabRoom';

/** The document's comment threads, live from its structure room (written by the server). */
export function useThreads(structure: CollabRoom | null): Thread[] {
  const store = useMemo(() => {
    let snapshot: Thread[] = structure ? readThreads(structure.doc) : [];
    return {
      subscribe(listener: () => void) {
        if (!structure) return () => {};
        const onUpdate = () => {
          const next = readThreads(structure.doc);
          if (JSON.stringify(next) !== JSON.stringify(snapshot)) {
            snapshot = next;
            listener();
          }
        };
        structure.doc.on('update', onUpdate);
        return () => structure.doc.off('update', onUpdate);
      },
      get: () => snapshot,
    };
  }, [structure]);
  return useSyncExternalStore(store.subscribe, store.get);
}
