import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Decision } from '../../../shared/schemas/decision';
import {
  DECISIONS_MAP,
  MEETINGS_MAP,
  type MeetingSummary,
  readDecisions,
  readMeetingSummaries,
  readVotes,
  VOTES_MAP,
} from '../../../shared/sync/werkgroepDoc';
import type { VoteView } from '../../../shared/voting/voteView';

/** A store over one map of the werkgroep's room; the snapshot changes only when the map does. */
function mapStore<T>(doc: Y.Doc | null, mapName: string, read: (doc: Y.Doc) => T, empty: T) {
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
}

const NO_VOTES: VoteView[] = [];
const NO_DECISIONS: Decision[] = [];
const NO_MEETINGS: MeetingSummary[] = [];

/** Open and closed votes of the werkgroep, live from its room (newest first). */
export function useLiveVotes(doc: Y.Doc | null): VoteView[] {
  const store = useMemo(() => mapStore(doc, VOTES_MAP, readVotes, NO_VOTES), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The werkgroep's decisions, live from its room (in the order they were taken). */
export function useLiveDecisions(doc: Y.Doc | null): Decision[] {
  const store = useMemo(() => mapStore(doc, DECISIONS_MAP, readDecisions, NO_DECISIONS), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Which meetings exist and whether they run, live from the werkgroep's room. */
export function useLiveMeetingSummaries(doc: Y.Doc | null): MeetingSummary[] {
  const store = useMemo(() => mapStore(doc, MEETINGS_MAP, readMeetingSummaries, NO_MEETINGS), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
