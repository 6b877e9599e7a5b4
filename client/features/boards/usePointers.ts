import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { ROLES, type Role } from '../../../shared/schemas/member';

export interface Pointer {
  clientId: number;
  name: string;
  role: Role | null;
  x: number;
  y: number;
}

const NONE: Pointer[] = [];
/** About 20 updates a second: smooth enough to follow, light on the phones in the room. */
const INTERVAL_MS = 50;

/**
 * Other people's pointers on the board, in board coordinates, from the board room's awareness
 * (presence: synced, never stored). The server stamps `user.name` and `user.role`; `pointer` is ours.
 */
export function usePointers(awareness: Awareness | null): Pointer[] {
  const store = useMemo(() => {
    let snapshot: Pointer[] = NONE;
    const read = () => {
      if (!awareness) return;
      const next: Pointer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const { user, pointer } = state as {
          user?: { name?: unknown; role?: unknown };
          pointer?: { x?: unknown; y?: unknown } | null;
        };
        if (typeof user?.name !== 'string' || typeof pointer?.x !== 'number' || typeof pointer.y !== 'number')
          return;
        const role = (ROLES as readonly unknown[]).includes(user.role) ? (user.role as Role) : null;
        next.push({ clientId, name: user.name.slice(0, 60), role, x: pointer.x, y: pointer.y });
      });
      // My own pointer changes the awareness too: keep the snapshot when nobody else's moved.
      const same =
        next.length === snapshot.length &&
        next.every((p, i) => {
          const q = snapshot[i];
          return q && p.clientId === q.clientId && p.x === q.x && p.y === q.y && p.name === q.name;
        });
      if (!same) snapshot = next.length === 0 ? NONE : next;
    };
    read();
    return {
      subscribe(listener: () => void) {
        if (!awareness) return () => {};
        const onChange = () => {
          read();
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      get: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Shares my pointer (board coordinates, or null when it leaves the board), at most ~20 times a second. */
export function useSharePointer(awareness: Awareness | null): (p: { x: number; y: number } | null) => void {
  const last = useRef(0);
  const pending = useRef<{ x: number; y: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      awareness?.setLocalStateField('pointer', null);
    },
    [awareness],
  );
  return useCallback(
    (p) => {
      if (!awareness) return;
      const send = (value: { x: number; y: number } | null) => {
        last.current = Date.now();
        awareness.setLocalStateField('pointer', value && { x: Math.round(value.x), y: Math.round(value.y) });
      };
      if (p === null) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        send(null);
        return;
      }
      pending.current = p;
      const wait = INTERVAL_MS - (Date.now() - last.current);
      if (wait <= 0) send(p);
      else if (!timer.current)
        timer.current = setTimeout(() => {
          timer.current = null;
          send(pending.current);
        }, wait);
    },
    [awareness],
  );
}
