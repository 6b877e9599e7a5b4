import i18next from 'i18next';
import type { z } from 'zod';
import { type ApiErrorBody, apiErrorSchema } from '../../shared/api/errors';
import { errorWords } from '../../shared/api/errorWords';
import { API, type RouteDef, type RouteName } from '../../shared/api/routes';

type Def<N extends RouteName> = (typeof API)[N];
type Field<N extends RouteName, K extends string> = Def<N> extends Record<K, infer S> ? S : undefined;
type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
type In<T> = T extends z.ZodType ? z.input<T> : undefined;
export type Response<N extends RouteName> = Out<Field<N, 'response'>>;

/**
 * The words for an error in the current language, from the client's catalogue by code and parameters
 * (put together for the errors shared/api/errorWords.ts composes); the server's Dutch message when the
 * catalogue does not know the code (a newer server).
 */
function wordsFor(body: ApiErrorBody): string {
  if (!i18next.exists(`errors.${body.code}`)) return body.message;
  return errorWords((key, params) => i18next.t(key, params ?? {}), body.code, body.params);
}

/** An API error with its stable code and the message in the current language. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    message = wordsFor(body),
  ) {
    super(message);
  }
  get code() {
    return this.body.code;
  }
}

const ADMIN_TOKEN_KEY = 'wijkatelier.adminToken';
/** An ADMIN_TOKEN typed into the admin page is kept for this tab only. */
export const adminToken = {
  get: () => window.sessionStorage.getItem(ADMIN_TOKEN_KEY),
  set: (t: string) => window.sessionStorage.setItem(ADMIN_TOKEN_KEY, t),
  clear: () => window.sessionStorage.removeItem(ADMIN_TOKEN_KEY),
};

const OFFLINE_PREFIX = 'wijkatelier.offline:';

/**
 * The last answer of each read, kept on this device: when there is no connection, a werkgroep or
 * document page still opens (its text comes from IndexedDB, its frame from here).
 */
const offlineCopy = {
  get(path: string): unknown {
    try {
      const raw = window.localStorage.getItem(OFFLINE_PREFIX + path);
      return raw === null ? undefined : JSON.parse(raw);
    } catch {
      return undefined;
    }
  },
  set(path: string, value: unknown) {
    try {
      window.localStorage.setItem(OFFLINE_PREFIX + path, JSON.stringify(value));
    } catch {
      // storage full: offline use of this page is then not possible, online use is unaffected
    }
  },
  clear() {
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith(OFFLINE_PREFIX)) window.localStorage.removeItem(key);
  },
};
export const clearOfflineCopies = () => offlineCopy.clear();

function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:(\w+)/g, (_m, key: string) => encodeURIComponent(params?.[key] ?? ''));
}

/** A route's address with its params and query, for files that are downloaded rather than parsed. */
export function apiUrl<N extends RouteName>(
  name: N,
  params: Out<Field<N, 'params'>>,
  query: Record<string, string> = {},
): string {
  const search = new URLSearchParams(query).toString();
  return `${fillPath(API[name].path, params as Record<string, string> | undefined)}${search ? `?${search}` : ''}`;
}

/** The error of a failed request, from its JSON body (or a generic one when there is none). */
export async function errorOf(res: globalThis.Response): Promise<ApiRequestError> {
  const parsed = apiErrorSchema.safeParse(await res.json().catch(() => null));
  if (parsed.success) return new ApiRequestError(res.status, parsed.data);
  // No error body (a proxy's page, a cut connection): the general words, not the server's internal_error.
  const generic = i18next.t('errors.generic');
  return new ApiRequestError(
    res.status,
    { code: 'internal_error', message: generic, messageEn: generic },
    generic,
  );
}

/**
 * Calls a route of the shared registry: the session cookie goes along (same origin), the response
 * is parsed with the route's schema, an error becomes an ApiRequestError with its code.
 */
export async function api<N extends RouteName>(
  name: N,
  input: { params?: Out<Field<N, 'params'>>; body?: In<Field<N, 'body'>> } = {},
): Promise<Response<N>> {
  const def: RouteDef = API[name];
  const admin = def.auth === 'admin' ? adminToken.get() : null;
  const path = fillPath(def.path, input.params as Record<string, string> | undefined);
  const keepOffline = def.method === 'get' && def.auth !== 'admin';
  let res: globalThis.Response;
  try {
    res = await fetch(path, {
      method: def.method.toUpperCase(),
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(input.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(admin ? { authorization: `Bearer ${admin}` } : {}),
      },
      body: input.body !== undefined ? JSON.stringify(input.body) : undefined,
    });
  } catch (networkError) {
    const copy = keepOffline ? offlineCopy.get(path) : undefined;
    if (copy !== undefined && def.response) return def.response.parse(copy) as Response<N>;
    throw networkError;
  }
  if (!res.ok) throw await errorOf(res);
  if (!def.response || res.status === 204) return undefined as Response<N>;
  const data = def.response.parse(await res.json()) as Response<N>;
  if (keepOffline) offlineCopy.set(path, data);
  return data;
}
