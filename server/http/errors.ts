import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';
import { errorWords } from '../../shared/api/errorWords';
import { DEFAULT_LANGUAGE, type Language, type MessageParams, t } from '../../shared/i18n/translate';
import { DomainError } from '../domain/errors';
import { isWellFormedPath } from '../net/requestUrl';
import { isStorageUnavailable } from '../storage/unavailable';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  last_facilitator: 409,
  limit_reached: 409,
  invite_expired: 410,
  invite_used_up: 410,
  invite_revoked: 410,
  meeting_not_running: 409,
  meeting_already_started: 409,
  vote_not_open: 409,
  vote_not_draft: 409,
  network_unknown_reference: 409,
  party_in_use: 409,
  outline_invalid: 400,
  outline_too_large: 413,
  akkoord_frozen: 409,
  wijkpagina_slug_taken: 409,
  akkoord_not_frozen: 409,
  akkoord_text_changed: 409,
  akkoord_already_signed: 409,
  akkoord_unknown_reference: 409,
  akkoord_not_signatory: 409,
  signing_link_used: 410,
  signing_link_expired: 410,
  signing_link_voided: 410,
  csv_invalid: 400,
  csv_too_large: 413,
  actie_reason_required: 400,
  actie_niet_beloven_required: 400,
  photo_invalid: 400,
  not_eligible: 403,
  ballot_invalid: 400,
  already_voted: 409,
  not_confirmed: 403,
  already_confirmed: 409,
  rate_limited: 429,
  join_paused: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  storage_unavailable: 503,
  export_busy: 503,
  internal_error: 500,
};

const wordsIn = (lang: Language, code: ErrorCode, params?: MessageParams): string =>
  errorWords((key, p) => t(lang, key, p), code, params);

/**
 * An error the API answers with its stable code; thrown by handlers, rendered by errorHandler (as is
 * any DomainError: this is one that only the HTTP layer raises, e.g. for a malformed request).
 */
export class ApiError extends DomainError {
  constructor(code: ErrorCode, issues?: ApiErrorBody['issues'], params?: MessageParams) {
    super(code, issues, params);
    this.message = wordsIn('en', code, params);
  }

  /** An error whose words mention values (`{{name}}` in `errors.<code>`); the client fills them in too. */
  static with(code: ErrorCode, params: MessageParams): ApiError {
    return new ApiError(code, undefined, params);
  }

  /** A zod failure as a 400 naming the fields (or another code, e.g. not_found for a malformed id). */
  static fromZod(error: ZodError, code: ErrorCode = 'validation_failed'): ApiError {
    return new ApiError(
      code,
      error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  }
}

/** The code for a 4xx status set by middleware; any other 4xx is a bad_request. */
const CLIENT_ERRORS: Partial<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function clientErrorStatus(err: unknown): number | null {
  if (typeof err !== 'object' || err === null) return null;
  const { status, statusCode } = err as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : null;
}

/**
 * The JSON of an error: its code and parameters for the client, which words them itself, and the words
 * from the catalogues (`errors.<code>`) for other API users: Dutch as `message`, English as `messageEn`.
 */
export function errorBody(
  code: ErrorCode,
  issues?: ApiErrorBody['issues'],
  params?: MessageParams,
): ApiErrorBody {
  return {
    code,
    ...(params ? { params } : {}),
    message: wordsIn(DEFAULT_LANGUAGE, code, params),
    messageEn: wordsIn('en', code, params),
    ...(issues ? { issues } : {}),
  };
}

/**
 * Refuses a path with a malformed percent-escape (`/api/join/%FF`) with 400 bad_request before any
 * route, static file or the app shell tries to decode it.
 */
export const malformedUrlHandler: RequestHandler = (req, res, next) => {
  if (isWellFormedPath(req.path)) return next();
  res.status(400).json(errorBody('bad_request'));
};

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody('not_found'));
};

/** Turns anything thrown into a JSON error with a stable code; never leaks a stack trace. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  if (err instanceof DomainError) {
    res.status(STATUS[err.code]).json(errorBody(err.code, err.issues, err.params));
    return;
  }
  const type = (err as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json(errorBody('payload_too_large'));
    return;
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json(errorBody('bad_request'));
    return;
  }
  // Middleware (router, body parser, static files) marks what the client got wrong with a 4xx status.
  const status = clientErrorStatus(err);
  if (status !== null) {
    const code = CLIENT_ERRORS[status] ?? 'bad_request';
    res.status(STATUS[code]).json(errorBody(code));
    return;
  }
  // The database is out of reach (PostgreSQL down or cut off): nothing was stored; try again later.
  if (isStorageUnavailable(err)) {
    req.log.warn({ err }, 'request failed: storage unavailable');
    res.status(503).json(errorBody('storage_unavailable'));
    return;
  }
  req.log.error({ err }, 'request failed');
  res.status(500).json(errorBody('internal_error'));
};
