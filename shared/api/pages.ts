/**
 * Pages of the app whose address carries a secret (an invite code, a meeting's join code). The client
 * routes them, the server builds links to them, and the server's logs redact them (server/net/redact.ts):
 * one list, so a new secret-bearing page is redacted as soon as it is routed.
 * A path parameter whose name does not end in `Id` is a secret (here and in the API route registry).
 */
export const SECRET_PAGES = {
  invite: '/uitnodiging/:code',
  joinCode: '/join/:code',
  /** A one-time link to sign the wijkakkoord (someone outside the werkgroep). */
  akkoordSign: '/akkoord-tekenen/:token',
} as const;

/** A page's address with its parameters filled in (each encoded). */
export function pagePath(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
