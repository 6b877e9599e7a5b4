import type { Request, RequestHandler } from 'express';
import type { Action } from '../../shared/permissions';
import { type Auth, authenticate, sameOrigin, tokenOf } from '../auth/session';
import { type Actor, memberFor } from '../domain/loaders';
import type { Storage } from '../storage/Storage';
import type { MemberRow, WerkgroepRow } from '../storage/WorkspaceStore';
import { ApiError } from './errors';
import { type SecretGuard, tooMany } from './secretGuard';

declare module 'express-serve-static-core' {
  interface Request {
    auth: Auth | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller (cookie, bearer token or ADMIN_TOKEN); refuses cross-site writes with a cookie.
 * A bearer token that matches nothing counts as a miss for the address (that is how ADMIN_TOKEN would
 * be guessed, on any route, GET included); an address out of misses has its bearer requests refused
 * before the token is even compared. Cookies are not counted: a browser keeps sending an expired one,
 * and a session token (256 random bits) cannot be guessed anyway.
 */
export function authMiddleware(
  storage: Storage,
  adminToken: string | null,
  guard: SecretGuard,
): RequestHandler {
  return async (req, res, next) => {
    const bearer = tokenOf(req)?.via === 'bearer';
    if (bearer) {
      const wait = guard.addressBlocked(req);
      if (wait > 0) return tooMany(res, 'rate_limited', wait);
    }
    req.auth = await authenticate(storage, req, adminToken);
    if (bearer && !req.auth) guard.miss(req, 'token');
    if (req.auth?.via === 'cookie' && !SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
      throw new ApiError('forbidden');
    }
    next();
  };
}

export function requireSession(req: Request): Auth & { personId: string } {
  const auth = req.auth;
  if (!auth?.personId) throw new ApiError('unauthorized');
  return auth as Auth & { personId: string };
}

export function requireAdmin(req: Request): Auth {
  if (!req.auth) throw new ApiError('unauthorized');
  if (!req.auth.isAdmin) throw new ApiError('forbidden');
  return req.auth;
}

/** The acting person of a request, as the domain's loaders take it (see server/domain/loaders.ts). */
export const actorOf = (req: Request): Actor => req.auth;

/**
 * The werkgroep (404 when unknown), the caller's membership (401 without a session, 403 when not a
 * member) and the policy check for `action` (403): `memberFor` with the request's actor.
 */
export function requireMember(
  storage: Storage,
  req: Request,
  werkgroepId: string,
  action: Action,
): Promise<{ werkgroep: WerkgroepRow; member: MemberRow }> {
  return memberFor(storage, werkgroepId, actorOf(req), action);
}
