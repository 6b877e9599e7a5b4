/** Transaction origin of changes the server itself makes to a room. */
export const SERVER_ORIGIN = Symbol('server');

/** Transaction origin of the updates a room applies while loading: they are not stored again. */
export const LOAD_ORIGIN = Symbol('load');
