import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { JoinAddress } from '../../shared/net/joinAddress';
import type { AdminSetup } from '../auth/adminSetup';
import type { DomainDeps } from '../domain/deps';
import type { SecretGuard } from './secretGuard';

/** What the API routers need from the rest of the server (the domain's deps and the HTTP-only parts). */
export interface RouteDeps extends DomainDeps {
  logger: Logger;
  adminSetup: AdminSetup;
  /** Called when a member's rights changed (role, removal, name): their sockets reconnect. */
  rightsChanged: (memberId: string) => void;
  /**
   * Requests per minute per address: joining (accepting an invite, joining by code), looking a code up
   * (previews), and admin actions. Each its own budget, so looking at a link does not use up joining.
   */
  limits: { join: RequestHandler; preview: RequestHandler; admin: RequestHandler };
  /** The address others open to join (PUBLIC_URL, the address used, or the LAN address): see server/net/publicAddress.ts. */
  joinAddress: (req: Request) => JoinAddress;
  /** Counts secrets that matched nothing and refuses whoever guesses (per address, and join codes overall). */
  guard: SecretGuard;
  /** MAP_STYLE_URL: the map background's MapLibre style, or null for a plain background. */
  mapStyleUrl: string | null;
}
