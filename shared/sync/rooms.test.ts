import { describe, expect, it } from 'vitest';
import { parseRoomName, roomName } from './rooms';

describe('room names', () => {
  it('parses well-formed names', () => {
    expect(parseRoomName('doc:abc-123_X')).toEqual({ kind: 'doc', id: 'abc-123_X', name: 'doc:abc-123_X' });
    expect(parseRoomName('board:k1')?.kind).toBe('board');
  });

  it('refuses malformed names', () => {
    for (const bad of [
      '',
      'doc',
      'doc:',
      ':abc',
      'file:abc',
      'doc:a b',
      'doc:a/b',
      `doc:${'a'.repeat(65)}`,
    ]) {
      expect(parseRoomName(bad)).toBeNull();
    }
  });

  it('builds names from kind and id', () => {
    expect(roomName('doc', 'x1')).toBe('doc:x1');
    expect(() => roomName('doc', 'no spaces')).toThrow();
  });
});
