import { describe, expect, it } from 'vitest';
import { menuKey } from './menuKeys';

describe('menuKey', () => {
  it('arrows move round the menu; Home and End jump to its ends', () => {
    expect(menuKey('ArrowDown', 0, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(menuKey('ArrowDown', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('ArrowUp', 0, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(menuKey('Home', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(menuKey('End', 0, 3)).toEqual({ kind: 'focus', index: 2 });
  });
  it('with focus outside the items (-1), Down goes to the first', () => {
    expect(menuKey('ArrowDown', -1, 3)).toEqual({ kind: 'focus', index: 0 });
  });
  it('Enter and Space activate the item with focus, Escape closes, Tab leaves', () => {
    expect(menuKey('Enter', 1, 3)).toEqual({ kind: 'activate', index: 1 });
    expect(menuKey(' ', 1, 3)).toEqual({ kind: 'activate', index: 1 });
    expect(menuKey('Escape', 1, 3)).toEqual({ kind: 'close' });
    expect(menuKey('Tab', 1, 3)).toEqual({ kind: 'leave' });
    expect(menuKey('a', 1, 3)).toBeNull();
  });
});
