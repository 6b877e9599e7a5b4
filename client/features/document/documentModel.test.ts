import { describe, expect, it } from 'vitest';
import { lockedFor, threadBody, withRoom } from './documentModel';

describe('lockedFor', () => {
  it('a settled section is closed to a member, open to the facilitator; other states are open', () => {
    expect(lockedFor('bewoner', { status: 'vastgesteld' })).toBe(true);
    expect(lockedFor('facilitator', { status: 'vastgesteld' })).toBe(false);
    expect(lockedFor('bewoner', { status: 'concept' })).toBe(false);
    expect(lockedFor('bewoner', undefined)).toBe(false);
  });
});

describe('threadBody', () => {
  it('carries the anchor only when words were chosen', () => {
    const anchor = { start: 'a', end: 'b', quote: 'groen' };
    expect(threadBody({ anchor, sectionId: 's1' }, { body: 'Waarom?' })).toEqual({
      sectionId: 's1',
      anchor,
      body: 'Waarom?',
    });
    expect(
      threadBody({ anchor: null, sectionId: 's1' }, { body: 'Vraag', questionDue: '2026-06-01' }),
    ).toEqual({
      sectionId: 's1',
      body: 'Vraag',
      questionDue: '2026-06-01',
    });
  });
});

describe('withRoom', () => {
  const a = { name: 'a' };
  const b = { name: 'b' };
  it('adds and replaces a room, and keeps the same object when nothing changed', () => {
    const one = withRoom({}, 's1', a);
    expect(one).toEqual({ s1: a });
    expect(withRoom(one, 's1', a)).toBe(one);
    expect(withRoom(one, 's1', b)).toEqual({ s1: b });
  });
  it('forgets a closed room, and keeps the same object for one it did not have', () => {
    const two = { s1: a, s2: b };
    expect(withRoom(two, 's1', null)).toEqual({ s2: b });
    expect(withRoom(two, 's9', null)).toBe(two);
  });
});
