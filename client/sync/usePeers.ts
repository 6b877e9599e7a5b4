import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
}

/** The other people on this document right now (awareness: synced, never stored). */
export function usePeers(awareness: Awareness): Peer[] {
  const store = useMemo(() => {
    let snapshot: Peer[] = [];
    const read = () => {
      const peers: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
        if (typeof user?.name === 'string' && typeof user.color === 'string') {
          peers.push({ clientId, name: user.name.slice(0, 60), color: user.color });
        }
      });
      peers.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const same =
        peers.length === snapshot.length &&
        peers.every((p, i) => p.clientId === snapshot[i]?.clientId && p.name === snapshot[i]?.name);
      if (!same) snapshot = peers;
    };
    read();
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          read();
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
