import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/sync/protocol';
import { COLLAB_PATH } from '../../shared/sync/rooms';

export interface CollabRoom {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The copy kept in this browser (IndexedDB): edits survive a reload while offline. */
  local: IndexeddbPersistence;
}

export function collabServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COLLAB_PATH}`;
}

/** IndexedDB database name of a room's local copy. */
export const localDbName = (room: string) => `wijkatelier:${room}`;

/**
 * A Y.Doc bound to a room through the standard WebsocketProvider, with a local copy in IndexedDB.
 * Created in an effect (StrictMode runs memos twice, which would open two sockets) and destroyed
 * with the component.
 */
export function useCollabRoom(room: string | null): CollabRoom | null {
  const [state, setState] = useState<CollabRoom | null>(null);
  useEffect(() => {
    if (!room) return;
    // Keep deleted content: versions, comparisons and the authorship view are rendered from it.
    const doc = new Y.Doc({ gc: false });
    const local = new IndexeddbPersistence(localDbName(room), doc);
    const provider = new WebsocketProvider(collabServerUrl(), room, doc, {
      params: { [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
      // Tabs talk only through the server: over BroadcastChannel one tab would pass another tab's
      // presence on to the server as its own, and it would linger after that tab closed.
      disableBc: true,
    });
    setState({ doc, provider, local });
    return () => {
      setState(null);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [room]);
  return state;
}
