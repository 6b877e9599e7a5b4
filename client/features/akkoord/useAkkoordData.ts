import { useEffect, useRef } from 'react';
import * as Y from 'yjs';
import type { Party } from '../../../shared/network/party';
import type { Section } from '../../../shared/schemas/section';
import { readNetworkRoom } from '../../../shared/sync/networkDoc';
import { roomName } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useRoomReader } from '../meetings/useRoomReader';

/** Changes whenever the room's content changes (its state vector), to know when to read again. */
const revisionOf = (doc: Y.Doc): string => Y.encodeStateVector(doc).join(',');
const NO_PARTIES: Party[] = [];
/** After a change in the room: wait this long, plus up to the spread at random, before reading again. */
const RELOAD_AFTER_MS = 150;
const RELOAD_SPREAD_MS = 600;
const readParties = (doc: Y.Doc): Party[] => readNetworkRoom(doc).parties;

/**
 * The akkoord as GET …/akkoord answers it, read again whenever the server's mirror room
 * (`akkoordstand:<werkgroep>`) changes (once per burst, within a second): another member's afspraak,
 * signature or progress shows without a reload. The answer (not the room) is what the page shows, because it carries what only
 * this member may see (the facilitator's signing links and the names of signers who did not consent).
 */
export function useAkkoord(werkgroepId: string) {
  const view = useResource(`akkoord:${werkgroepId}`, () => api('getAkkoord', { params: { werkgroepId } }));
  const revision = useRoomReader(roomName('akkoordstand', werkgroepId), revisionOf, '');
  const { reload } = view;
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision is the reason to read again.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A burst of changes (an afspraak moved, three signatures) is one request, and the werkgroep's
    // members do not all ask the server in the same millisecond.
    const timer = setTimeout(reload, RELOAD_AFTER_MS + Math.random() * RELOAD_SPREAD_MS);
    return () => clearTimeout(timer);
  }, [revision, reload]);
  return view;
}

/** The parties of the wijknetwerk, live from its room (`netwerk:<werkgroep>`; without contacts). */
export const useParties = (werkgroepId: string): Party[] =>
  useRoomReader(roomName('netwerk', werkgroepId), readParties, NO_PARTIES);

/** Every section of the werkgroep's documents: the ambitions an afspraak can rest on. */
export function useAmbitions(werkgroepId: string) {
  return useResource(`ambitions:${werkgroepId}`, async () => {
    const documents = await api('listDocuments', { params: { werkgroepId } });
    const details = await Promise.all(
      documents.map((d) => api('getDocument', { params: { documentId: d.id } })),
    );
    return details.flatMap((d) =>
      d.document.sections.map((s: Section) => ({ id: s.id, title: s.title, document: d.document.title })),
    );
  });
}

export type Ambition = { id: string; title: string; document: string };
