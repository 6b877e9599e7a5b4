import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';
import { DomainError } from '../domain/errors';
import { isWellFormedPath } from '../net/requestUrl';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  limit_reached: 409,
  invite_expired: 410,
  invite_used_up: 410,
  invite_revoked: 410,
  vote_not_open: 409,
  vote_not_draft: 409,
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

const MESSAGES: Record<ErrorCode, { nl: string; en: string }> = {
  bad_request: { nl: 'Het verzoek klopt niet.', en: 'The request is not valid.' },
  validation_failed: { nl: 'Niet alle gegevens kloppen.', en: 'Some fields are not valid.' },
  unauthorized: {
    nl: 'Je bent niet (meer) aangemeld. Open de uitnodiging die je kreeg opnieuw.',
    en: 'You are not signed in (any more). Open the invitation you received again.',
  },
  forbidden: {
    nl: 'Dit mag je niet doen in deze werkgroep.',
    en: 'You are not allowed to do this in this working group.',
  },
  not_found: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  conflict: {
    nl: 'Dit kan niet: de werkgroep heeft altijd minstens één procesbegeleider nodig.',
    en: 'This is not possible: the working group always needs at least one facilitator.',
  },
  limit_reached: {
    nl: 'Het maximum is bereikt. Ruim eerst iets op.',
    en: 'The maximum has been reached. Remove something first.',
  },
  invite_expired: {
    nl: 'Deze uitnodiging is verlopen. Vraag de procesbegeleider om een nieuwe link.',
    en: 'This invitation has expired. Ask the facilitator for a new link.',
  },
  invite_used_up: {
    nl: 'Deze uitnodiging is al zo vaak gebruikt als mocht. Vraag de procesbegeleider om een nieuwe link.',
    en: 'This invitation has been used as often as allowed. Ask the facilitator for a new link.',
  },
  invite_revoked: {
    nl: 'Deze uitnodiging is ingetrokken. Vraag de procesbegeleider om een nieuwe link.',
    en: 'This invitation was withdrawn. Ask the facilitator for a new link.',
  },
  vote_not_open: {
    nl: 'Dit kan nu niet: de stemming is niet open (nog niet geopend, of al gesloten).',
    en: 'Not possible now: the vote is not open (not opened yet, or already closed).',
  },
  vote_not_draft: {
    nl: 'Een stemming kun je alleen veranderen zolang ze nog niet geopend is.',
    en: 'A vote can only be changed while it has not been opened yet.',
  },
  not_eligible: {
    nl: 'Je stemt niet mee in deze stemming.',
    en: 'You do not vote in this vote.',
  },
  ballot_invalid: {
    nl: 'Deze stem past niet bij de stemming. Kijk je keuze nog eens na.',
    en: 'This ballot does not fit the vote. Check your choice again.',
  },
  already_voted: {
    nl: 'Dit lid heeft zelf al gestemd. Die stem blijft staan: je kunt er geen stem voor in de plaats zetten.',
    en: 'This member has already voted themselves. That vote stands: you cannot enter a vote in its place.',
  },
  not_confirmed: {
    nl: 'Dit kan pas als de procesbegeleider heeft bevestigd wie je bent. Tot dan kijk je mee.',
    en: 'Not possible until the facilitator has confirmed who you are. Until then you follow along.',
  },
  already_confirmed: {
    nl: 'Deze persoon wacht niet meer: die is al bevestigd. Een andere rol geven kan bij Leden.',
    en: 'This person is no longer waiting: they have already been confirmed. Change their role under Members.',
  },
  rate_limited: {
    nl: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  join_paused: {
    nl: 'Meedoen met een code kan even niet: er zijn te veel verkeerde codes geprobeerd. Probeer het over een paar minuten opnieuw, of vraag de procesbegeleider om een uitnodigingslink.',
    en: 'Joining with a code is paused for a while: too many wrong codes were tried. Try again in a few minutes, or ask the facilitator for an invitation link.',
  },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  unsupported_media_type: { nl: 'Stuur de gegevens als JSON.', en: 'Send the data as JSON.' },
  storage_unavailable: {
    nl: 'De opslag is nu niet bereikbaar. Probeer het zo opnieuw.',
    en: 'Storage is not reachable right now. Try again shortly.',
  },
  export_busy: {
    nl: 'Er worden nu al andere bestanden gemaakt. Probeer het over een minuut opnieuw.',
    en: 'Other files are being made right now. Try again in a minute.',
  },
  internal_error: {
    nl: 'Er ging iets mis op de server. Probeer het opnieuw.',
    en: 'Something went wrong on the server. Try again.',
  },
};

/**
 * An error the API answers with its stable code; thrown by handlers, rendered by errorHandler (as is
 * any DomainError: this is one that only the HTTP layer raises, e.g. for a malformed request).
 */
export class ApiError extends DomainError {
  constructor(code: ErrorCode, issues?: ApiErrorBody['issues']) {
    super(code, issues);
    this.message = MESSAGES[code].en;
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

export function errorBody(code: ErrorCode, issues?: ApiErrorBody['issues']): ApiErrorBody {
  return { code, message: MESSAGES[code].nl, messageEn: MESSAGES[code].en, ...(issues ? { issues } : {}) };
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
  // Middleware (router, body parser, static files) marks what the client got wrong with a 4xx status.
  const status = clientErrorStatus(err);
  if (status !== null) {
    const code = CLIENT_ERRORS[status] ?? 'bad_request';
    res.status(STATUS[code]).json(errorBody(code));
    return;
  }
  req.log.error({ err }, 'request failed');
  res.status(500).json(errorBody('internal_error'));
};
