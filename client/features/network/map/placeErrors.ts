import { ApiRequestError } from '../../../api/client';
/** The server refused the place itself (its lat or lon out of range). */
export function isPointRefusal(err: unknown): err is ApiRequestError {
  return (
    err instanceof ApiRequestError &&
    err.code === 'validation_failed' &&
    (err.body.issues ?? []).some((i) => i.path === 'point' || i.path.startsWith('point.'))
  );
}
