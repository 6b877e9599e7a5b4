import { useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';

/**
 * Edits the server refused, kept on this device (localStorage, written at once: closing the tab
 * loses nothing) until the person sends, copies or throws them away. Keyed by the section's room.
 */
const refusedEditSchema = z.object({
  id: z.string(),
  reason: z.enum(['refused', 'tooLarge']),
  passages: z.array(z.string()),
  at: z.number(),
});
export type RefusedEdit = z.infer<typeof refusedEditSchema>;

const keyOf = (room: string) => `wijkatelier:refused:${room}`;
const EMPTY: RefusedEdit[] = [];
/** Also what could not be written to localStorage (full): shown, but not durable. */
const memory = new Map<string, RefusedEdit[]>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

function load(room: string): RefusedEdit[] {
  const cached = memory.get(room);
  if (cached) return cached;
  let parsed: RefusedEdit[] = EMPTY;
  try {
    const raw = localStorage.getItem(keyOf(room));
    const result = z.array(refusedEditSchema).safeParse(raw ? JSON.parse(raw) : []);
    if (result.success && result.data.length > 0) parsed = result.data;
  } catch {
    // Unreadable: nothing kept.
  }
  memory.set(room, parsed);
  return parsed;
}

/** Writes the room's list; false when the device refused to store it (then it lives in memory only). */
function save(room: string, edits: RefusedEdit[]): boolean {
  memory.set(room, edits.length > 0 ? edits : EMPTY);
  notify();
  try {
    if (edits.length === 0) localStorage.removeItem(keyOf(room));
    else localStorage.setItem(keyOf(room), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

/** Keeps a refused edit; the same words twice (a reload before the copy was dropped) are kept once. */
export function keepRefused(room: string, edit: Omit<RefusedEdit, 'id' | 'at'>): boolean {
  const edits = load(room);
  const same = edits.some(
    (e) => e.reason === edit.reason && JSON.stringify(e.passages) === JSON.stringify(edit.passages),
  );
  if (same) return true;
  // Not crypto.randomUUID: phones in the meeting room use the app over plain http on the LAN.
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return save(room, [...edits, { ...edit, id, at: Date.now() }]);
}

export function forgetRefused(room: string, id: string): void {
  save(
    room,
    load(room).filter((e) => e.id !== id),
  );
}

if (typeof window !== 'undefined') {
  // Another tab kept or forgot one.
  window.addEventListener('storage', (event) => {
    if (!event.key?.startsWith('wijkatelier:refused:')) return;
    memory.delete(event.key.slice('wijkatelier:refused:'.length));
    notify();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The refused edits kept for these rooms, live. */
export function useRefusedEdits(rooms: readonly string[]): RefusedEdit[] {
  const key = rooms.join('\n');
  const get = useMemo(() => {
    let last: RefusedEdit[] = EMPTY;
    let lastParts: RefusedEdit[][] = [];
    return () => {
      const parts = key ? key.split('\n').map(load) : [];
      if (parts.length === lastParts.length && parts.every((p, i) => p === lastParts[i])) return last;
      lastParts = parts;
      last = parts.flat();
      return last;
    };
  }, [key]);
  return useSyncExternalStore(subscribe, get);
}
