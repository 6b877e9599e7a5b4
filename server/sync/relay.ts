import type { RoomClose } from '../../shared/sync/roomClose';

/**
 * [SYNC10] How instances share what happens in a room. One process (`npm start`) has nobody to share
 * with: `LOCAL_RELAY` does nothing. With `REDIS_URL` the Redis implementation (`redisRelay.ts`)
 * publishes every group commit once and hands what other instances published to the rooms loaded here.
 */

/** What one instance published for a room. */
export interface RelayMessage {
  /** The publishing instance. */
  from: string;
  /** The sequence number of that instance's previous publication for this room (0: none). */
  prev: number;
  /** The highest sequence number stored in this publication; 0 for awareness. */
  seq: number;
  /** A stored Yjs update (merged over one group commit), or null. */
  update: Uint8Array | null;
  /** An awareness update of that instance's own connections, or null. */
  awareness: Uint8Array | null;
}

/** A loaded room, as the relay sees it. */
export interface RelayListener {
  received(message: RelayMessage): void;
  /** The relay may have missed messages (it reconnected): catch up from storage. */
  resync(): void;
}

/** Where the relay starts reading a room (taken before the room is read from storage). */
export type RelayCursor = string;

export interface Relay {
  /** False for the single process: rooms skip everything relay-related. */
  readonly active: boolean;
  /** This instance's id in published messages. */
  readonly instance: string;
  /** Called before the room is read from storage, so nothing published after that read is missed. */
  position(room: string): Promise<RelayCursor>;
  join(room: string, listener: RelayListener, cursor: RelayCursor): void;
  leave(room: string, listener: RelayListener): void;
  /** One group commit of a room, stored with sequence numbers up to `seq`. */
  publishUpdate(room: string, prev: number, seq: number, update: Uint8Array): void;
  publishAwareness(room: string, awareness: Uint8Array): void;
  /** [SYNC6] A member's rights changed: their sockets close on every instance. */
  closeMember(memberId: string): void;
  /** [SYNC6] The rights on a room changed: the sockets `which` describes close on every instance. */
  closeRoom(room: string, which: RoomClose): void;
  /** Called once by the sync server: what to do when another instance asks. */
  listen(handlers: RelayControl): void;
  /** Resolves when the shared channel answers (for /healthz); rejects when it does not. */
  ping(): Promise<void>;
  stop(): Promise<void>;
}

/** What another instance may ask of this one (the control stream). */
export interface RelayControl {
  closeMember(memberId: string): void;
  closeRoom(room: string, which: RoomClose): void;
}

/** The single process: nothing to share. */
export const LOCAL_RELAY: Relay = {
  active: false,
  instance: 'local',
  position: async () => '',
  join: () => {},
  leave: () => {},
  publishUpdate: () => {},
  publishAwareness: () => {},
  closeMember: () => {},
  closeRoom: () => {},
  listen: () => {},
  ping: async () => {},
  stop: async () => {},
};
