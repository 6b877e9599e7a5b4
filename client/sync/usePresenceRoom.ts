import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { MemberRole } from '../../shared/schemas/member';
import { CloseCode } from '../../shared/sync/closeCodes';
import { openRoom } from './openRoom';
import { type Place, parsePlace } from './place';

export interface PresentMember {
  memberId: string;
  name: string;
  role: MemberRole;
  /** Where this member is connected (one entry per place, over all their tabs and devices). */
  places: Place[];
}

/**
 * Joins a werkgroep's room: its awareness is presence (being on any page of the werkgroep counts as
 * present; the server stamps name and role; observers are not shown; each connection says which
 * `place` it is at, so a meeting can count everyone and say where they are); its content, written only by
 * the server, is the live state of votes and decisions (shared/sync/werkgroepDoc.ts).
 * When my rights change (a guest confirmed, a role changed) the server closes the socket with
 * RightsChanged: `onRightsChanged` then fetches my membership again, so every page shows my new rights.
 */
export function usePresenceRoom(
  room: string | null,
  onRightsChanged?: () => void,
  place: Place = 'elders',
): { present: PresentMember[]; doc: Y.Doc | null } {
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const rightsChanged = useRef(onRightsChanged);
  rightsChanged.current = onRightsChanged;
  useEffect(() => {
    if (!room) return;
    const doc = new Y.Doc();
    const p = openRoom(room, doc);
    p.awareness.setLocalState({ user: {}, place: 'elders' });
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
  useEffect(() => {
    provider?.awareness.setLocalStateField('place', place);
  }, [provider, place]);
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
      const s = state as { user?: { memberId?: unknown; name?: unknown; role?: unknown }; place?: unknown };
      const user = s.user;
      if (
        typeof user?.memberId === 'string' &&
        typeof user.name === 'string' &&
        typeof user.role === 'string'
      ) {
        const place = parsePlace(s.place);
        // The room screen is a device on the wall, not a person: it is never counted as present.
        if (place === 'scherm') return;
        const known = byMember.get(user.memberId)?.places ?? [];
        byMember.set(user.memberId, {
          memberId: user.memberId,
          name: user.name,
          role: user.role as MemberRole,
          places: known.includes(place) ? known : [...known, place].sort(),
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
          p.role !== snapshot[i]?.role ||
          p.places.join() !== snapshot[i]?.places.join(),
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
