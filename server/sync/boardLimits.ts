import * as Y from 'yjs';
import { BOARD_LIMITS } from '../../shared/schemas/board';
import { FRAMES, NOTES } from '../../shared/sync/boardDoc';
import {
  type BoardSender,
  repairFrame,
  repairNote,
  type TextOp,
  type Touched,
  textOps,
  trimText,
} from './boardRepair';
import { SERVER_ORIGIN } from './origins';

export type { BoardSender } from './boardRepair';

/** What one update did to one of the two maps (notes or frames). */
interface Changes {
  /** Entries it added or replaced, in the order the event listed them. */
  added: string[];
  /** Fields it changed on entries that were there before, with their old values. */
  fields: Map<string, Touched>;
  /** What it inserted into a note's text. */
  text: Map<string, TextOp[]>;
}

const LIMITS: [string, number, typeof repairNote][] = [
  [NOTES, BOARD_LIMITS.notesPerBoard, repairNote],
  [FRAMES, BOARD_LIMITS.framesPerBoard, repairFrame],
];

function watch(map: Y.Map<unknown>, changes: Changes) {
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const e of events) {
      const [id, field] = e.path as [string | undefined, string | undefined];
      if (id === undefined) {
        for (const [key, c] of e.changes.keys) if (c.action !== 'delete') changes.added.push(key);
      } else if (field === undefined) {
        const touched = changes.fields.get(id) ?? new Map();
        for (const [key, c] of e.changes.keys) if (!touched.has(key)) touched.set(key, { old: c.oldValue });
        changes.fields.set(id, touched);
      } else if (field === 'text' && e.path.length === 2 && e instanceof Y.YTextEvent) {
        changes.text.set(id, textOps(e.delta as Parameters<typeof textOps>[0]));
      } else {
        // Something inside a field that should hold a plain value (or deeper in the text).
        const touched = changes.fields.get(id) ?? new Map();
        if (!touched.has(field)) touched.set(field, { old: undefined });
        changes.fields.set(id, touched);
      }
    }
  };
  map.observeDeep(observer);
  return () => map.unobserveDeep(observer);
}

/**
 * [SYNC11] Applies a client's update to a board room and keeps the room within the board's rules.
 * Yjs cannot refuse part of an update, so the server applies it and then, as its own change that
 * every client receives (the sender too), removes the notes or frames it added beyond the limits and
 * repairs the fields it set (boardRepair.ts): authors come from the connection, texts and titles are
 * cut to length, colours and positions kept within the layout. Earlier content is never touched.
 */
export function applyWithinBoardLimits(
  doc: Y.Doc,
  apply: () => void,
  sender: BoardSender = { identity: null, carriesAuthors: true },
): { removed: number; repaired: number } {
  const changes = LIMITS.map(() => ({ added: [], fields: new Map(), text: new Map() }) as Changes);
  const stops = LIMITS.map(([name], i) => watch(doc.getMap(name), changes[i] as Changes));
  try {
    apply();
  } finally {
    for (const stop of stops) stop();
  }
  let removed = 0;
  let repaired = 0;
  doc.transact(() => {
    LIMITS.forEach(([name, limit, repair], i) => {
      const { added, fields, text } = changes[i] as Changes;
      const map = doc.getMap<unknown>(name);
      // The newest of what this update added go first (the map's key order is not insertion order).
      const excess = map.size - limit;
      const drop = new Set(excess > 0 ? added.slice(-excess) : []);
      for (const key of drop) map.delete(key);
      removed += drop.size;
      const fresh = new Set(added);
      for (const key of fresh) {
        if (drop.has(key)) continue;
        const entry = map.get(key);
        if (!(entry instanceof Y.Map)) {
          // Not a note or a frame at all.
          map.delete(key);
          removed++;
          continue;
        }
        repaired += repair(entry, null, sender);
        const t = entry.get('text');
        if (t instanceof Y.Text) repaired += trimText(t, textOps(t.toDelta()));
      }
      for (const [key, touched] of fields) {
        const entry = map.get(key);
        if (!(entry instanceof Y.Map) || fresh.has(key)) continue;
        repaired += repair(entry, touched, sender);
        // A text replaced as a whole is all new.
        const t = touched.has('text') ? entry.get('text') : null;
        if (t instanceof Y.Text) repaired += trimText(t, textOps(t.toDelta()));
      }
      for (const [key, ops] of text) {
        const t = (map.get(key) as Y.Map<unknown> | undefined)?.get('text');
        if (t instanceof Y.Text && !fresh.has(key) && !fields.get(key)?.has('text'))
          repaired += trimText(t, ops);
      }
    });
  }, SERVER_ORIGIN);
  return { removed, repaired };
}

/** [SYNC10] Whether a board room holds more notes or frames than its limits (after other instances' updates). */
export function boardOverLimits(doc: Y.Doc): boolean {
  return LIMITS.some(([name, limit]) => doc.getMap(name).size > limit);
}

/**
 * [SYNC10] Writers on two instances can each stay within a limit and together pass it (each applies
 * the other's notes only once they are published). The server that holds the room's lock, caught up
 * from storage, removes the excess: the newest by `createdAt` (then by id, so every instance would
 * pick the same), as its own change. Returns how many it removed.
 */
export function trimBoardToLimits(doc: Y.Doc): number {
  let removed = 0;
  for (const [name, limit] of LIMITS) {
    const map = doc.getMap<unknown>(name);
    const excess = map.size - limit;
    if (excess <= 0) continue;
    // ISO times sort as text; an entry without one counts as newest (it is not a well-formed note).
    const createdAt = (key: string) => {
      const entry = map.get(key);
      const at = entry instanceof Y.Map ? entry.get('createdAt') : undefined;
      return typeof at === 'string' ? at : '\uffff';
    };
    const newestFirst = [...map.keys()].sort((a, b) => compare(createdAt(b), createdAt(a)) || compare(b, a));
    for (const key of newestFirst.slice(0, excess)) map.delete(key);
    removed += excess;
  }
  return removed;
}

/** Code-unit order: the same on every instance, whatever its locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
