import { useRef } from 'react';
import type * as Y from 'yjs';
import type { MonitoringView } from '../../../shared/monitoring/indicator';
import { monitoringRoomSynced, readMonitoringRoom } from '../../../shared/sync/monitoringDoc';
import { roomName } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { type Resource, useResource } from '../../api/useResource';
import { useRoomReader } from '../meetings/useRoomReader';

/** A document section an indicator can belong to (its ambition). */
export interface SectionChoice {
  id: string;
  title: string;
  documentTitle: string;
}

export interface MonitoringData {
  view: MonitoringView;
  ready: boolean;
  error: Error | null;
  retry: () => void;
  sections: readonly SectionChoice[];
}

const EMPTY: MonitoringView = { indicators: [] };
/** The room read, or null until the server has written it once (its `order` is then set). */
const readLive = (doc: Y.Doc): MonitoringView | null =>
  monitoringRoomSynced(doc) ? readMonitoringRoom(doc) : null;

function useLastReady<T>(resource: Resource<T>): T | null {
  const last = useRef<T | null>(null);
  if (resource.state === 'ready') last.current = resource.data;
  return last.current;
}

/**
 * The werkgroep's indicators and measurements, live: the `monitoring:` room (written only by the
 * server) shows every change at once; GET …/monitoring answers first, until the room has synced.
 */
export function useMonitoringData(werkgroepId: string): MonitoringData {
  const live = useRoomReader(roomName('monitoring', werkgroepId), readLive, null);
  const fetched = useResource(`monitoring:${werkgroepId}`, () =>
    api('getMonitoring', { params: { werkgroepId } }),
  );
  const full = useLastReady(fetched);
  const sections = useLastReady(
    useResource(`monitoring-sections:${werkgroepId}`, async () => {
      const documents = await api('listDocuments', { params: { werkgroepId } });
      const details = await Promise.all(
        documents.map((d) => api('getDocument', { params: { documentId: d.id } })),
      );
      return details.flatMap(({ document }) =>
        document.sections.map((s) => ({ id: s.id, title: s.title, documentTitle: document.title })),
      );
    }),
  );
  return {
    view: live ?? full ?? EMPTY,
    ready: live !== null || full !== null,
    error: live === null && full === null && fetched.state === 'error' ? fetched.error : null,
    retry: fetched.reload,
    sections: sections ?? [],
  };
}
