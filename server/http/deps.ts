import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { AdminSetup } from '../auth/adminSetup';
import type { Storage } from '../storage/Storage';

/** What the API routers need from the rest of the server. */
export interface RouteDeps {
  storage: Storage;
  logger: Logger;
  adminSetup: AdminSetup;
  /** Called when a member's rights changed (role, removal, name): their sockets reconnect. */
  rightsChanged: (memberId: string) => void;
  /** Rate limiters for joining and for admin actions. */
  limits: { join: RequestHandler; admin: RequestHandler };
}
