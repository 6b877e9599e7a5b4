import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { MemberRole } from '../../shared/schemas/member';
import { CloseCode } from '../../shared/sync/closeCodes';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/sync/protocol';
import { collabServerUrl } from './useCollabRoom';

export interface PresentMember {
  memberId: string;
  name: string;
  role: MemberRole;
}

/**
 * Joins a werkgroep's room: its awareness is presence (being on any page of the werkgroep counts as
 * present; the server stamps name and role; observers are not shown); its content, written only by
 * the server, is the live state of votes and decisions (shared/sync/werkgroepDoc.ts).
 * When my rights change (a guest confirmed, a role changed) the server closes the socket with
 * RightsChanged: `onRightsChanged` then fetches my membership again, so every page shows my new rights.
 */
export function usePresenceRoom(
  room: string | null,
  onRightsChanged?: () => void,
): { present: PresentMember[]; doc: Y.Doc | null } {
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const rightsChanged = useRef(onRightsChanged);
  rightsChanged.current = onRightsChanged;
  useEffect(() => {
    if (!room) return;
    const doc = new Y.Doc();
    const p = new WebsocketProvider(collabServerUrl(), room, doc, {
      params: { [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
      // Tabs talk only through the server: over BroadcastChannel one tab would pass another tab's
      // presence on to the server as its own, and it would linger after that tab closed.
      disableBc: true,
    });
    p.awareness.setLocalState({ user: {} });
    p.on('connection-close', (event) => {
      if (event?.code === CloseCode.RightsChanged) rightsChanged.current?.();
    });
    setProvider(p);
    return () => {
      setProvider(null);
      p.destroy();
      doc.destroy();
    };
  }, [room]);
  const store = useMemo(() => presenceStore(provider), [provider]);
  const present = useSyncExternalStore(store.subscribe, store.get);
  return { present, doc: provider?.doc ?? null };
}

function presenceStore(provider: WebsocketProvider | null) {
  let snapshot: PresentMember[] = [];
  const read = () => {
    if (!provider) return;
    const byMember = new Map<string, PresentMember>();
    provider.awareness.getStates().forEach((state) => {
      const user = (state as { user?: { memberId?: unknown; name?: unknown; role?: unknown } }).user;
      if (
        typeof user?.memberId === 'string' &&
        typeof user.name === 'string' &&
        typeof user.role === 'string'
      ) {
        byMember.set(user.memberId, {
          memberId: user.memberId,
          name: user.name,
          role: user.role as MemberRole,
        });
      }
    });
    const next = [...byMember.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    if (
      next.length !== snapshot.length ||
      // The role too: a guest who is confirmed comes back as the same member with a new role.
      next.some(
        (p, i) =>
          p.memberId !== snapshot[i]?.memberId ||
          p.name !== snapshot[i]?.name ||
          p.role !== snapshot[i]?.role,
      )
    ) {
      snapshot = next;
    }
  };
  read();
  return {
    subscribe(listener: () => void) {
      if (!provider) return () => {};
      const onChange = () => {
        read();
        listener();
      };
      provider.awareness.on('change', onChange);
      // Presence may have arrived between creating the store and subscribing: catch up.
      onChange();
      return () => provider.awareness.off('change', onChange);
    },
    get: () => snapshot,
  };
}
