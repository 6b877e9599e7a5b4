/** Transaction origin of changes the server itself makes to a room. */
export const SERVER_ORIGIN = Symbol('server');

/** Transaction origin of the updates a room applies while loading: they are not stored again. */
export const LOAD_ORIGIN = Symbol('load');

/**
 * Transaction origin of updates another instance stored and published ([SYNC10]): relayed to this
 * instance's clients, never stored again.
 */
export const REMOTE_ORIGIN = Symbol('remote');
