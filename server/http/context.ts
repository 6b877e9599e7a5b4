import type { Request, RequestHandler } from 'express';
import type { Action } from '../../shared/permissions';
import { can } from '../../shared/permissions';
import { type Auth, authenticate, sameOrigin, tokenOf } from '../auth/session';
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

/**
 * The werkgroep (404 when unknown), the caller's membership (401 without a session, 403 when not a
 * member) and the policy check for `action` (403).
 */
export async function requireMember(
  storage: Storage,
  req: Request,
  werkgroepId: string,
  action: Action,
): Promise<{ werkgroep: WerkgroepRow; member: MemberRow }> {
  const werkgroep = await storage.getWerkgroep(werkgroepId);
  if (!werkgroep) throw new ApiError('not_found');
  const auth = requireSession(req);
  const member = await storage.getMemberForPerson(werkgroepId, auth.personId);
  if (!member) throw new ApiError('forbidden');
  if (!can(member.role, action)) throw new ApiError(refusal(member, action));
  return { werkgroep, member };
}

/**
 * Why a member may not do something: a guest who would be allowed it once confirmed in the role they
 * claimed hears `not_confirmed` (vote, write, raise a hand), so a page can say "wait for the
 * facilitator" instead of "not allowed".
 */
export function refusal(member: Pick<MemberRow, 'role' | 'claimedRole'>, action: Action) {
  return member.role === 'guest' && member.claimedRole && can(member.claimedRole, action)
    ? 'not_confirmed'
    : 'forbidden';
}
