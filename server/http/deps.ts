import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { Role } from '../../shared/schemas/member';
import type { AdminSetup } from '../auth/adminSetup';
import type { Storage } from '../storage/Storage';

/** What the API routers need from the rest of the server. */
export interface RouteDeps {
  storage: Storage;
  logger: Logger;
  adminSetup: AdminSetup;
  /** Called when a member's rights changed (role, removal, name): their sockets reconnect. */
  rightsChanged: (memberId: string) => void;
  /** Server-side access to sync rooms: write a room, close some of its sockets. */
  rooms: {
    write(name: string, change: (doc: Y.Doc) => void): Promise<void>;
    read<T>(name: string, read: (doc: Y.Doc) => T): Promise<T>;
    closeRoom(name: string, which: (identity: { role: Role } | null) => boolean): number;
  };
  /** Rate limiters for joining and for admin actions. */
  limits: { join: RequestHandler; admin: RequestHandler };
}
