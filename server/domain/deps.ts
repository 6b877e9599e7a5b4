import type * as Y from 'yjs';
import type { RoomClose } from '../../shared/sync/roomClose';
import type { Storage } from '../storage/Storage';

/** Server-side access to sync rooms: write a room, read it, close some of its sockets. */
export interface Rooms {
  write(name: string, change: (doc: Y.Doc) => void): Promise<void>;
  read<T>(name: string, read: (doc: Y.Doc) => T): Promise<T>;
  /** Closes the sockets `which` describes, on every instance ([SYNC6], [SYNC10]). */
  closeRoom(name: string, which: RoomClose): number;
}

/** What domain functions need from the rest of the server: the database and the live rooms. */
export interface DomainDeps {
  storage: Storage;
  rooms: Rooms;
}
