import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM } from '../../shared/sync/protocol';
import { COLLAB_PATH } from '../../shared/sync/rooms';

/** The sync server's address, on the page's own host (wss behind https). */
export function collabServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${COLLAB_PATH}`;
}

/**
 * Connects `doc` to a room of the sync server: the one place a WebsocketProvider is built, so every
 * room (editing, presence, meeting, reading along) says the same protocol version and none talks to
 * other tabs. Callers own the provider and destroy it (and their doc) when done.
 */
export function openRoom(room: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(collabServerUrl(), room, doc, {
    params: { [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
    // Tabs talk only through the server: over BroadcastChannel one tab would pass another tab's
    // presence on to the server as its own, and it would linger after that tab closed.
    disableBc: true,
  });
}
