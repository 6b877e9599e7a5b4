import { useMemo, useSyncExternalStore } from 'react';
import type { Section } from '../../../shared/schemas/section';
import { readSections } from '../../../shared/sync/documentDoc';
import type { CollabRoom } from '../../sync/useCollabRoom';

/**
 * The document's sections, live from its structure room (written by the server), falling back to
 * the list the page loaded until the room has synced (or while offline without a local copy).
 */
export function useSections(structure: CollabRoom | null, initial: Section[]): Section[] {
  const store = useMemo(() => {
    let snapshot = initial;
    const read = () => {
      if (!structure) return;
      const live = readSections(structure.doc);
      if (live.length > 0 && JSON.stringify(live) !== JSON.stringify(snapshot)) snapshot = live;
    };
    read();
    return {
      subscribe(listener: () => void) {
        if (!structure) return () => {};
        const onUpdate = () => {
          read();
          listener();
        };
        structure.doc.on('update', onUpdate);
        return () => structure.doc.off('update', onUpdate);
      },
      get: () => snapshot,
    };
  }, [structure, initial]);
  return useSyncExternalStore(store.subscribe, store.get);
}
