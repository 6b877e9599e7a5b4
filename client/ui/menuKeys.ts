/** What a key does in an open menu, with focus on item `at` of `count` (WAI-ARIA menu pattern). */
export type MenuKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'close' }
  | { kind: 'activate'; index: number }
  /** Tab leaves the menu as it leaves the toolbar: the menu closes, focus moves on. */
  | { kind: 'leave' };

/** Arrows move round (from the last item to the first), Home and End jump; null: not a menu key. */
export function menuKey(key: string, at: number, count: number): MenuKeyAction | null {
  const wrap = (i: number) => ((i % count) + count) % count;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: wrap(at + 1) };
    case 'ArrowUp':
      return { kind: 'focus', index: wrap(at - 1) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: wrap(count - 1) };
    case 'Escape':
      return { kind: 'close' };
    case 'Enter':
    case ' ':
      return { kind: 'activate', index: at };
    case 'Tab':
      return { kind: 'leave' };
    default:
      return null;
  }
}
