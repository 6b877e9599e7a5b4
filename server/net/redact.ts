import { SECRET_PAGES } from '../../shared/api/pages';
import { API } from '../../shared/api/routes';
import { COLLAB_PATH, parseRoomName } from '../../shared/sync/rooms';
import { safeDecode } from './requestUrl';

/**
 * What a request's address may show in a log. Invite codes, join codes and session tokens travel in
 * paths and queries; a code copied from a log would still work. Every logged URL goes through
 * `redactUrl`, and which path segments are secret follows from the route registry and the page list
 * (`shared/api/pages.ts`) by one rule — a path parameter whose name does not end in `Id` is a secret —
 * so a new route cannot forget it. A query string is never logged: it is replaced as a whole (the
 * websocket's `?token=` is the reason; no query of ours is needed in a log line).
 */

type Pattern = { segments: readonly string[]; secret: readonly boolean[] };

/** True for a path parameter that carries a secret: every `:name` but ids (`:werkgroepId`, …). */
export function isSecretParam(segment: string): boolean {
  return segment.startsWith(':') && !segment.endsWith('Id');
}

function compile(template: string): Pattern {
  const segments = template.split('/').filter(Boolean);
  return { segments: segments.map((s) => s.toLowerCase()), secret: segments.map(isSecretParam) };
}

/** Every template with a secret in it, cut after its last secret segment. */
export const SECRET_TEMPLATES: readonly string[] = [
  ...new Set([...Object.values(API).map((route) => route.path), ...Object.values(SECRET_PAGES)]),
].filter((template) => template.split('/').some(isSecretParam));

const PATTERNS: readonly Pattern[] = SECRET_TEMPLATES.map((template) => {
  const pattern = compile(template);
  const last = pattern.secret.lastIndexOf(true);
  return { segments: pattern.segments.slice(0, last + 1), secret: pattern.secret.slice(0, last + 1) };
});

/** Compared as the router compares: case-insensitively; empty segments (`//`) do not count. */
function matches(pattern: Pattern, segments: readonly string[]): boolean {
  if (segments.length < pattern.segments.length) return false;
  return pattern.segments.every((literal, i) => {
    if (pattern.secret[i] || literal.startsWith(':')) return true;
    const actual = segments[i] as string;
    return (safeDecode(actual) ?? actual).toLowerCase() === literal;
  });
}

/**
 * A request path with every secret segment replaced by its parameter name (`/api/invites/:code`).
 * On the websocket path only a valid room name is kept (room names are ids): anything else there is
 * whatever the peer sent, a pasted invite code perhaps.
 */
export function redactPath(path: string): string {
  if (path.startsWith(`${COLLAB_PATH}/`)) {
    const name = safeDecode(path.slice(COLLAB_PATH.length + 1));
    return name !== null && parseRoomName(name) ? path : `${COLLAB_PATH}/:room`;
  }
  const segments = path.split('/').filter(Boolean);
  const hidden = new Map<number, string>();
  for (const pattern of PATTERNS) {
    if (!matches(pattern, segments)) continue;
    pattern.secret.forEach((secret, i) => {
      if (secret) hidden.set(i, pattern.segments[i] as string);
    });
  }
  if (hidden.size === 0) return path;
  return `/${segments.map((s, i) => hidden.get(i) ?? s).join('/')}`;
}

/** A request target as it may be logged: secret path segments redacted, any query replaced whole. */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  const q = url.indexOf('?');
  return q < 0 ? redactPath(url) : `${redactPath(url.slice(0, q))}?[redacted]`;
}
