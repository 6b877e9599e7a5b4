import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { ROLES, type Role } from '../../shared/schemas/member';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** Stamped by the server from the member record. */
  role: Role | null;
}

/** The other people on this document right now (awareness: synced, never stored). */
export function usePeers(awareness: Awareness): Peer[] {
  const store = useMemo(() => {
    let snapshot: Peer[] = [];
    const read = () => {
      const peers: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = (state as { user?: { name?: unknown; color?: unknown; role?: unknown } }).user;
        if (typeof user?.name === 'string') {
          const role = (ROLES as readonly unknown[]).includes(user.role) ? (user.role as Role) : null;
          peers.push({
            clientId,
            name: user.name.slice(0, 60),
            color: typeof user.color === 'string' ? user.color : '#3d4b57',
            role,
          });
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
        // Peers may have arrived between creating the store and subscribing: catch up.
        onChange();
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
