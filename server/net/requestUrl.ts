/**
 * Parsing what arrives from the network without ever throwing: a malformed URL or percent-escape is
 * a refusal of that one request, never an exception that could leave a callback and stop the process.
 */

/** `decodeURIComponent`, or null when `text` holds a malformed percent-escape (or invalid UTF-8). */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** True when every segment of `path` decodes (the router and static files decode them later). */
export function isWellFormedPath(path: string): boolean {
  return !path.includes('%') || path.split('/').every((segment) => safeDecode(segment) !== null);
}

const BASE = 'http://localhost';

/** The request target (origin form, `/path?query`) as a URL, or null when it cannot be parsed. */
export function parseRequestUrl(raw: string | undefined): URL | null {
  if (!raw?.startsWith('/')) return null;
  try {
    return new URL(raw, BASE);
  } catch {
    return null;
  }
}

/**
 * The room named by a websocket request target `<prefix>/<room>?…`: its decoded name, or null when
 * the target is not under `prefix`, cannot be parsed or holds a malformed escape.
 */
export function roomNameOf(raw: string | undefined, prefix: string): string | null {
  const url = parseRequestUrl(raw);
  if (!url?.pathname.startsWith(`${prefix}/`)) return null;
  return safeDecode(url.pathname.slice(prefix.length + 1));
}
