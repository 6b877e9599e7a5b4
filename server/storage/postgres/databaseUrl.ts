/**
 * DATABASE_URL as it may be shown (logs, errors, the health answer): the password is never shown.
 * Kept apart from the backend so that showing it does not load the PostgreSQL client.
 */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable database address)';
  }
}

/** What is wrong with a DATABASE_URL, in words an admin can act on (never repeating it); null when good. */
export function databaseUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an address (write it as postgres://user:password@host:5432/database)';
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    return 'must start with postgres:// or postgresql://';
  if (!url.hostname) return 'must name a host (postgres://user:password@host:5432/database)';
  return null;
}
