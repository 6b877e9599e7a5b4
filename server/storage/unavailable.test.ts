import { describe, expect, it } from 'vitest';
import { isStorageUnavailable } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isStorageUnavailable (503 storage_unavailable instead of 500)', () => {
  it('[SYNC10] a database out of reach: network failures, connection exceptions, shutdown, pg’s own words', () => {
    expect(isStorageUnavailable(withCode('read ECONNRESET', 'ECONNRESET'))).toBe(true);
    expect(isStorageUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(
      isStorageUnavailable(withCode('terminating connection due to administrator command', '57P01')),
    ).toBe(true);
    expect(isStorageUnavailable(withCode('connection failure', '08006'))).toBe(true);
    expect(isStorageUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStorageUnavailable(new Error('wrapped', { cause: withCode('x', 'ECONNRESET') }))).toBe(true);
  });

  it('[SYNC10] anything else stays an internal error', () => {
    expect(isStorageUnavailable(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isStorageUnavailable(new Error('something else'))).toBe(false);
    expect(isStorageUnavailable('ECONNRESET')).toBe(false);
    expect(isStorageUnavailable(null)).toBe(false);
  });
});
