import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../api/client';
import { isPointRefusal } from './placeErrors';

describe('a refused place', () => {
  const refusal = (path: string) =>
    new ApiRequestError(400, {
      code: 'validation_failed',
      message: 'x',
      messageEn: 'x',
      issues: [{ path, message: 'too big' }],
    });

  it('is a validation failure on the point or one of its numbers', () => {
    expect(isPointRefusal(refusal('point.lat'))).toBe(true);
    expect(isPointRefusal(refusal('point'))).toBe(true);
  });

  it('is not a failure on another field, another code or another error', () => {
    expect(isPointRefusal(refusal('pointless'))).toBe(false);
    expect(isPointRefusal(refusal('name'))).toBe(false);
    expect(
      isPointRefusal(new ApiRequestError(403, { code: 'forbidden', message: 'x', messageEn: 'x' })),
    ).toBe(false);
    expect(isPointRefusal(new Error('offline'))).toBe(false);
  });
});
