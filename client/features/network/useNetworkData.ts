import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import type { NetworkChange } from '../../../shared/network/change';
import type { NetworkView } from '../../../shared/network/network';
import type { Member } from '../../../shared/schemas/member';
import { readNetworkRoom } from '../../../shared/sync/networkDoc';
import { roomName } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { type Resource, useResource } from '../../api/useResource';
import { useRoomReader } from '../meetings/useRoomReader';
import { useLiveRoster } from '../votes/useLive';

export const EMPTY_NETWORK: NetworkView = {
  parties: [],
  initiatives: [],
  relations: [],
  overlapMarks: [],
  overlaps: [],
  changes: [],
  outline: null,
};

/** A document section an initiative can serve (its ambition). */
export interface SectionChoice {
  id: string;
  title: string;
  documentTitle: string;
}

export interface NetworkData {
  /** The network, live from its room, with the contacts only GET …/netwerk gives (members only). */
  view: NetworkView;
  /** The first answer (from the room or the API) is there. */
  ready: boolean;
  /** Loading failed and the room has nothing either. */
  error: Error | null;
  retry: () => void;
  members: ReadonlyMap<string, Member>;
  sections: readonly SectionChoice[];
}

/** A change after which GET …/netwerk may hold a contact the page does not have yet. */
export const bringsContact = (c: NetworkChange): boolean =>
  c.entity === 'party' && (c.action === 'created' || c.fields.includes('contact'));

/** The last answer that arrived stays while the next one loads, so the page does not flicker. */
function useLastReady<T>(resource: Resource<T>): T | null {
  const last = useRef<T | null>(null);
  if (resource.state === 'ready') last.current = resource.data;
  return last.current;
}

/**
 * The werkgroep's network, live: the `netwerk:` room (written only by the server, never holding contacts)
 * is followed read-only and every change in it shows at once; GET …/netwerk is fetched again, for the
 * contacts, only when a party is made or its contact changes. Members (for "who changed what") follow the werkgroep's roster.
 */
export function useNetworkData(werkgroepId: string, werkgroepRoom: Y.Doc | null): NetworkData {
  const live = useRoomReader(roomName('netwerk', werkgroepId), readNetworkRoom, EMPTY_NETWORK);
  // The answer is needed only for the contacts, which the room never holds: fetch again only when a
  // change can bring one (a party made, or its contact changed), not for every change of anything.
  const newest = live.changes.find(bringsContact);
  const fetched = useResource(`netwerk:${werkgroepId}:${newest?.at ?? 0}:${newest?.entityId ?? ''}`, () =>
    api('getNetwork', { params: { werkgroepId } }),
  );
  const full = useLastReady(fetched);
  const revision = useLiveRoster(werkgroepRoom)?.revision ?? '';
  const memberList = useLastReady(
    useResource(`members:${werkgroepId}:${revision}`, () => api('listMembers', { params: { werkgroepId } })),
  );
  const sectionList = useLastReady(
    useResource(`netwerk-sections:${werkgroepId}`, async () => {
      const documents = await api('listDocuments', { params: { werkgroepId } });
      const details = await Promise.all(
        documents.map((d) => api('getDocument', { params: { documentId: d.id } })),
      );
      return details.flatMap(({ document }) =>
        document.sections.map((s) => ({ id: s.id, title: s.title, documentTitle: document.title })),
      );
    }),
  );

  // The room is the newer source once it has anything; until it synced, the API's answer shows.
  const base = live.changes.length > 0 || !full ? live : full;
  const view = useMemo((): NetworkView => {
    const contacts = new Map((full?.parties ?? []).map((p) => [p.id, p.contact]));
    return { ...base, parties: base.parties.map((p) => ({ ...p, contact: contacts.get(p.id) ?? null })) };
  }, [base, full]);
  const members = useMemo(() => new Map((memberList ?? []).map((m) => [m.id, m])), [memberList]);
  return {
    view,
    ready: live.changes.length > 0 || full !== null,
    error: full === null && fetched.state === 'error' ? fetched.error : null,
    retry: fetched.reload,
    members,
    sections: sectionList ?? [],
  };
}
