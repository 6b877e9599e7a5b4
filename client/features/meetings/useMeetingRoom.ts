import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Meeting } from '../../../shared/schemas/meeting';
import {
  MEETING_MAP,
  type RaisedHand,
  type ReactionEntry,
  readHands,
  readMeeting,
  readReactions,
} from '../../../shared/sync/meetingDoc';
import { openRoom } from '../../sync/openRoom';
import { type Device, type MeetingPeer, parsePeer, type Where } from './model';

export type Connection = 'connecting' | 'connected' | 'offline';

export interface MeetingRoomState {
  /** The meeting as the server last wrote it into the room (null until synced). */
  meeting: Meeting | null;
  /** Raised hands, in the order they went up. */
  hands: RaisedHand[];
  reactions: ReactionEntry[];
  /** Every connection in the room but this one. */
  peers: MeetingPeer[];
  connection: Connection;
}

/** What this connection tells the others about itself (never stored). */
export interface LocalPresence {
  device: Device;
  where: Where | null;
}

const EMPTY: MeetingRoomState = {
  meeting: null,
  hands: [],
  reactions: [],
  peers: [],
  connection: 'connecting',
};

/**
 * Joins a meeting's room (`session:<id>`): its content, written only by the server, is the meeting's
 * live state (shared/sync/meetingDoc.ts); its awareness says who follows it, from where, and on which
 * page. The server stamps name, role and member id; `where` and `device` are this member's own say.
 */
export function useMeetingRoom(room: string | null, local: LocalPresence): MeetingRoomState {
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  useEffect(() => {
    if (!room) return;
    const doc = new Y.Doc();
    const p = openRoom(room, doc);
    setProvider(p);
    return () => {
      setProvider(null);
      p.destroy();
      doc.destroy();
    };
  }, [room]);

  useEffect(() => {
    provider?.awareness.setLocalState({ user: {}, device: local.device, where: local.where });
  }, [provider, local.device, local.where]);

  const store = useMemo(() => roomStore(provider), [provider]);
  return useSyncExternalStore(store.subscribe, store.get);
}

function roomStore(provider: WebsocketProvider | null) {
  let snapshot = EMPTY;
  let connection: Connection = provider?.wsconnected ? 'connected' : 'connecting';
  const read = () => {
    if (!provider) return;
    const doc = provider.doc;
    const peers: MeetingPeer[] = [];
    provider.awareness.getStates().forEach((state, clientId) => {
      if (clientId === provider.awareness.clientID) return;
      const peer = parsePeer(clientId, state);
      if (peer) peers.push(peer);
    });
    snapshot = {
      meeting: readMeeting(doc),
      hands: readHands(doc),
      reactions: readReactions(doc),
      peers,
      connection,
    };
  };
  read();
  return {
    subscribe(listener: () => void) {
      if (!provider) return () => {};
      const map = provider.doc.getMap(MEETING_MAP);
      const onChange = () => {
        read();
        listener();
      };
      const onStatus = ({ status }: { status: string }) => {
        connection =
          status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline';
        onChange();
      };
      // A refused socket (removed from the werkgroep) does not come back by itself.
      const onClose = () => {
        connection = 'offline';
        onChange();
      };
      map.observe(onChange);
      provider.awareness.on('change', onChange);
      provider.on('status', onStatus);
      provider.on('connection-close', onClose);
      // The room may have synced between creating this store and subscribing: read it again.
      connection = provider.wsconnected ? 'connected' : connection;
      onChange();
      return () => {
        map.unobserve(onChange);
        provider.awareness.off('change', onChange);
        provider.off('status', onStatus);
        provider.off('connection-close', onClose);
      };
    },
    get: () => snapshot,
  };
}
