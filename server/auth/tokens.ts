import crypto from 'node:crypto';

/** A random url-safe token; 32 bytes unless asked otherwise. */
export function newToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Ids: 16 url-safe characters (fits the room-id pattern). */
export const newId = (): string => newToken(12);

/** Invite codes: exactly 32 url-safe characters. */
export const newInviteCode = (): string => newToken(24);

/** Tokens and invite codes are stored as SHA-256: a leaked database lets no one in. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
