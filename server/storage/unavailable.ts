/**
 * Whether an error says the database cannot be reached right now (a network failure on the way to
 * PostgreSQL, a refused or dropped connection, a server shutting down or not yet accepting), rather
 * than that a request was wrong. The API answers such a failure with 503 `storage_unavailable`
 * ("try again shortly"), not 500: nothing was stored, and retrying later is right ([SYNC10]).
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
/** SQLSTATE: class 08 connection exception; admin/crash shutdown; cannot connect now; too many connections. */
const UNAVAILABLE_STATES = /^(08...|57P01|57P02|57P03|53300)$/;
/** What `pg` throws (without a code) when a connection ends or cannot be made in time. */
const PG_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    if (PG_MESSAGES.test(e.message)) return true;
  }
  return false;
}
