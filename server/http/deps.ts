import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { JoinAddress } from '../../shared/net/joinAddress';
import type { MemberRole } from '../../shared/schemas/member';
import type { AdminSetup } from '../auth/adminSetup';
import type { Storage } from '../storage/Storage';
import type { SecretGuard } from './secretGuard';

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
    closeRoom(name: string, which: (identity: { role: MemberRole } | null) => boolean): number;
  };
  /**
   * Requests per minute per address: joining (accepting an invite, joining by code), looking a code up
   * (previews), and admin actions. Each its own budget, so looking at a link does not use up joining.
   */
  limits: { join: RequestHandler; preview: RequestHandler; admin: RequestHandler };
  /** The address others open to join (PUBLIC_URL, the address used, or the LAN address): see server/net/publicAddress.ts. */
  joinAddress: (req: Request) => JoinAddress;
  /** Counts secrets that matched nothing and refuses whoever guesses (per address, and join codes overall). */
  guard: SecretGuard;
}
