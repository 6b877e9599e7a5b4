import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/sync/protocol';
import { COLLAB_PATH } from '../../shared/sync/rooms';

export interface CollabRoom {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export function collabServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COLLAB_PATH}`;
}

/**
 * A Y.Doc bound to a room through the standard WebsocketProvider. Created in an effect (StrictMode
 * runs memos twice, which would open two sockets) and destroyed with the component.
 */
export function useCollabRoom(room: string): CollabRoom | null {
  const [state, setState] = useState<CollabRoom | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabServerUrl(), room, doc, {
      params: { [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
    });
    setState({ doc, provider });
    return () => {
      setState(null);
      provider.destroy();
      doc.destroy();
    };
  }, [room]);
  return state;
}
