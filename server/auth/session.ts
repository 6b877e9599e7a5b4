import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { safeDecode } from '../net/requestUrl';
import type { Storage } from '../storage/Storage';
import { hashToken, newId, newToken, safeEqual } from './tokens';

export const SESSION_COOKIE = 'wa_session';
/** Residents come back after months: a session lasts half a year. */
export const SESSION_TTL_MS = 180 * 24 * 60 * 60 * 1000;

export interface Auth {
  /** null for the ADMIN_TOKEN bearer, which is not a person. */
  personId: string | null;
  isAdmin: boolean;
  via: 'cookie' | 'bearer' | 'query';
  tokenHash: string | null;
}

/** A cookie's value; null when it is missing or not decodable (a malformed cookie is no session). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return safeDecode(part.slice(eq + 1).trim());
  }
  return null;
}

/** The session token of a request: bearer header, then `token` query (websockets), then cookie. */
export function tokenOf(req: IncomingMessage, url?: URL): { token: string; via: Auth['via'] } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const query = url?.searchParams.get('token');
  if (query) return { token: query, via: 'query' };
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * With cookie auth, a browser request must come from our own origin (cross-site request forgery
 * and cross-site websocket hijacking). Bearer and query tokens are not sent by browsers on their own.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function authenticate(
  storage: Storage,
  req: IncomingMessage,
  adminToken: string | null,
  url?: URL,
): Promise<Auth | null> {
  const found = tokenOf(req, url);
  if (!found) return null;
  if (adminToken && found.via === 'bearer' && safeEqual(found.token, adminToken)) {
    return { personId: null, isAdmin: true, via: 'bearer', tokenHash: null };
  }
  const tokenHash = hashToken(found.token);
  const session = await storage.getSession(tokenHash, Date.now());
  if (!session) return null;
  return { personId: session.personId, isAdmin: session.isAdmin, via: found.via, tokenHash };
}

/** Starts a session for a person (creating the person when needed); returns the token. */
export async function startSession(storage: Storage, personId: string | null, isAdmin = false) {
  const now = Date.now();
  const id = personId ?? newId();
  if (!personId) await storage.createPerson(id, isAdmin, now);
  const token = newToken();
  await storage.createSession({
    tokenHash: hashToken(token),
    personId: id,
    isAdmin,
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
  });
  return { personId: id, token };
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_MS,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
