import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';

/**
 * A refusal the domain decides (unknown, not allowed, over a limit …), with the API's stable code.
 * The domain knows nothing of HTTP: server/http/errors.ts turns any DomainError into its status and
 * words, so a domain function throws the same error whoever calls it (a route, an export, a test).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: ApiErrorBody['issues'],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
