import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  storage_unavailable: 503,
  internal_error: 500,
};

const MESSAGES: Record<ErrorCode, { nl: string; en: string }> = {
  bad_request: { nl: 'Het verzoek klopt niet.', en: 'The request is not valid.' },
  validation_failed: { nl: 'Niet alle gegevens kloppen.', en: 'Some fields are not valid.' },
  not_found: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  unsupported_media_type: { nl: 'Stuur de gegevens als JSON.', en: 'Send the data as JSON.' },
  storage_unavailable: {
    nl: 'De opslag is nu niet bereikbaar. Probeer het zo opnieuw.',
    en: 'Storage is not reachable right now. Try again shortly.',
  },
  internal_error: {
    nl: 'Er ging iets mis op de server. Probeer het opnieuw.',
    en: 'Something went wrong on the server. Try again.',
  },
};

/** An error the API answers with its stable code; thrown by handlers, rendered by errorHandler. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: ApiErrorBody['issues'],
  ) {
    super(MESSAGES[code].en);
  }

  static fromZod(error: ZodError): ApiError {
    return new ApiError(
      'validation_failed',
      error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  }
}

export function errorBody(code: ErrorCode, issues?: ApiErrorBody['issues']): ApiErrorBody {
  return { code, message: MESSAGES[code].nl, messageEn: MESSAGES[code].en, ...(issues ? { issues } : {}) };
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody('not_found'));
};

/** Turns anything thrown into a JSON error with a stable code; never leaks a stack trace. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  if (err instanceof ApiError) {
    res.status(STATUS[err.code]).json(errorBody(err.code, err.issues));
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
  req.log.error({ err }, 'request failed');
  res.status(500).json(errorBody('internal_error'));
};
