import type * as Y from 'yjs';
import { BOARD_LIMITS } from '../../shared/schemas/board';
import { FRAMES, NOTES } from '../../shared/sync/boardDoc';
import { SERVER_ORIGIN } from './origins';

const LIMITS: [string, number][] = [
  [NOTES, BOARD_LIMITS.notesPerBoard],
  [FRAMES, BOARD_LIMITS.framesPerBoard],
];

/**
 * [SYNC11] Applies a client's update to a board room and keeps the room within the board limits.
 * Yjs cannot refuse part of an update, so the server applies it and then removes, as its own change,
 * the notes or frames this update added beyond the limit (all clients, the sender too, receive that
 * removal). Earlier content is never touched. Returns how many entries were removed.
 */
export function applyWithinBoardLimits(doc: Y.Doc, apply: () => void): number {
  const added = new Map<string, string[]>(LIMITS.map(([name]) => [name, []]));
  const observers = LIMITS.map(([name]) => {
    const map = doc.getMap(name);
    const observer = (event: Y.YMapEvent<unknown>) => {
      for (const [key, change] of event.changes.keys) if (change.action === 'add') added.get(name)?.push(key);
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  });
  try {
    apply();
  } finally {
    for (const stop of observers) stop();
  }
  let removed = 0;
  for (const [name, limit] of LIMITS) {
    const map = doc.getMap(name);
    const excess = map.size - limit;
    if (excess <= 0) continue;
    // The newest of what this update added go first (the map's key order is not insertion order).
    const drop = (added.get(name) ?? []).slice(-excess);
    doc.transact(() => {
      for (const key of drop) map.delete(key);
    }, SERVER_ORIGIN);
    removed += drop.length;
  }
  return removed;
}
