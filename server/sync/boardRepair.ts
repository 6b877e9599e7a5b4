import * as Y from 'yjs';
import { z } from 'zod';
import { BOARD_LIMITS, noteColorSchema } from '../../shared/schemas/board';
import { idSchema, isoDateSchema } from '../../shared/schemas/common';
import { MEMBER_LIMITS, memberGroup, ROLE_GROUPS } from '../../shared/schemas/member';
import type { Note } from '../../shared/sync/boardDoc';
import { sameValue } from '../../shared/sync/sameValue';
import type { ConnIdentity } from './types';

/**
 * [SYNC11] The field rules of a board's notes and frames (shared/sync/boardDoc.ts, limits from
 * shared/schemas/board.ts), applied by the server to what a client's update set: a value that breaks
 * a rule is put back to what it was, or else trimmed or set to a safe default. Only the fields the
 * update touched are looked at, so earlier content is never changed.
 */

/** Who sent the update, as the connection says (never as the update says). */
export interface BoardSender {
  identity: ConnIdentity | null;
  /** May carry a note's author over (the facilitator moves notes between a board's rooms). */
  carriesAuthors: boolean;
}

/** What the update did to one field: `old` is the value before it (absent for a new field). */
export type Touched = Map<string, { old: unknown }>;

const MAX = BOARD_LIMITS.canvasSize;
/** A stacking key (a fractional index) never needs to be longer than this. */
export const Z_MAX_LENGTH = 64;

const coord = z.number().finite().min(0).max(MAX);
const size = z.number().finite().min(80).max(MAX);
const zKey = z.string().min(1).max(Z_MAX_LENGTH);
const frameId = z.string().max(64).nullable();
const authorSchema = z
  .object({
    memberId: idSchema,
    name: z.string().max(MEMBER_LIMITS.displayNameMax),
    group: z.enum(ROLE_GROUPS),
  })
  .strict();

/** Only for connections without a member (protocol tests): there is nobody to name. */
const UNKNOWN_AUTHOR = { memberId: 'onbekend', name: '', group: 'observers' };

const valid = (schema: z.ZodType, v: unknown) => schema.safeParse(v).success;
const clamp = (v: number, min: number, max: number) => Math.min(Math.max(min, v), max);

/** A number within [min, max] (clamped), or the old value, or `min`. */
function number(v: unknown, old: unknown, min: number, max: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return clamp(v, min, max);
  return typeof old === 'number' && Number.isFinite(old) ? clamp(old, min, max) : min;
}

export function authorOf(identity: ConnIdentity): Note['author'] {
  // Guests never write a board (their connections are read-only); should one ever, they count nowhere.
  const group = memberGroup(identity.role);
  return {
    memberId: identity.memberId,
    name: identity.displayName,
    group: group === 'guests' ? 'observers' : group,
  };
}

type Rule = (value: unknown, old: unknown, ctx: { isNew: boolean; sender: BoardSender }) => unknown;
/** Keep the value (a sentinel, so `undefined` can mean "remove the field"). */
const KEEP = Symbol('keep');

const orOld =
  (schema: z.ZodType, fallback: () => unknown): Rule =>
  (v, old) =>
    valid(schema, v) ? KEEP : valid(schema, old) ? old : fallback();

const NOTE_RULES: Record<string, Rule> = {
  text: (v) => {
    if (v instanceof Y.Text) return KEEP;
    const t = new Y.Text();
    if (typeof v === 'string') t.insert(0, v.slice(0, BOARD_LIMITS.noteTextMax));
    return t;
  },
  color: orOld(noteColorSchema, () => 'geel'),
  x: (v, old) => (valid(coord, v) ? KEEP : number(v, old, 0, MAX)),
  y: (v, old) => (valid(coord, v) ? KEEP : number(v, old, 0, MAX)),
  z: orOld(zKey, () => 'a0'),
  frameId: orOld(frameId, () => null),
  // When a note was written: a note made offline arrives later, so an earlier time is fine; a later
  // one than now is not. Changing it afterwards is put back.
  createdAt: (v, old, { isNew }) => {
    if (!isNew) return valid(isoDateSchema, old) ? old : new Date().toISOString();
    const now = new Date().toISOString();
    return valid(isoDateSchema, v) && Date.parse(v as string) <= Date.now() ? KEEP : now;
  },
  author: (v, old, { isNew, sender }) => {
    // A note keeps its author whoever changes it; a new one is the sender's (see BoardSender).
    if (!isNew && valid(authorSchema, old)) return old;
    if (sender.carriesAuthors && valid(authorSchema, v)) return KEEP;
    if (!sender.identity) return valid(authorSchema, v) ? KEEP : UNKNOWN_AUTHOR;
    const stamped = authorOf(sender.identity);
    return sameValue(v, stamped) ? KEEP : stamped;
  },
};

const FRAME_RULES: Record<string, Rule> = {
  title: (v, old) => {
    if (typeof v === 'string')
      return v.length <= BOARD_LIMITS.frameTitleMax ? KEEP : v.slice(0, BOARD_LIMITS.frameTitleMax);
    return typeof old === 'string' ? old.slice(0, BOARD_LIMITS.frameTitleMax) : '';
  },
  x: (v, old) => (valid(coord, v) ? KEEP : number(v, old, 0, MAX)),
  y: (v, old) => (valid(coord, v) ? KEEP : number(v, old, 0, MAX)),
  w: (v, old) => (valid(size, v) ? KEEP : number(v, old, 80, MAX)),
  h: (v, old) => (valid(size, v) ? KEEP : number(v, old, 80, MAX)),
  z: orOld(zKey, () => 'a0'),
};

/**
 * Repairs one note or frame. `touched` null: the whole entry is new (added or replaced by this update),
 * so every field is checked and missing ones are filled. Returns how many fields it changed.
 */
function repairEntry(
  rules: Record<string, Rule>,
  entry: Y.Map<unknown>,
  touched: Touched | null,
  sender: BoardSender,
): number {
  const isNew = touched === null;
  const keys = isNew ? new Set([...Object.keys(rules), ...entry.keys()]) : touched.keys();
  let changed = 0;
  for (const key of keys) {
    const rule = rules[key];
    const value = entry.get(key);
    if (!rule) {
      // Fields the layout does not have are not kept (no hidden payloads, no second author).
      if (entry.has(key)) {
        entry.delete(key);
        changed++;
      }
      continue;
    }
    const next = rule(value, isNew ? undefined : touched.get(key)?.old, { isNew, sender });
    if (next === KEEP) continue;
    entry.set(key, next);
    changed++;
  }
  return changed;
}

export const repairNote = (note: Y.Map<unknown>, touched: Touched | null, sender: BoardSender) =>
  repairEntry(NOTE_RULES, note, touched, sender);

export const repairFrame = (frame: Y.Map<unknown>, touched: Touched | null, sender: BoardSender) =>
  repairEntry(FRAME_RULES, frame, touched, sender);

/** Part of a note's text an update inserted (or formatted), at `index` in the new text. */
export interface TextOp {
  index: number;
  length: number;
  kind: 'string' | 'embed' | 'format';
  /** Formatting attributes it carried. */
  attributes: string[];
}

/** The ops of a Y.Text event's delta, in new-text positions. */
export function textOps(delta: readonly { insert?: unknown; retain?: number; attributes?: object }[]) {
  const ops: TextOp[] = [];
  let index = 0;
  for (const d of delta) {
    const attributes = Object.keys(d.attributes ?? {});
    if (d.insert !== undefined) {
      const string = typeof d.insert === 'string';
      const length = string ? (d.insert as string).length : 1;
      ops.push({ index, length, kind: string ? 'string' : 'embed', attributes });
      index += length;
    } else if (d.retain !== undefined) {
      if (attributes.length > 0) ops.push({ index, length: d.retain, kind: 'format', attributes });
      index += d.retain;
    }
  }
  return ops;
}

/**
 * A note's text is plain and at most BOARD_LIMITS.noteTextMax long. Removes what this update brought
 * beyond that: embeds, formatting, and characters past the limit, taken from the end of what it
 * inserted, never text that was there before. Returns how many ops it changed.
 */
export function trimText(text: Y.Text, ops: readonly TextOp[]): number {
  const embeds = ops.filter((o) => o.kind === 'embed').reduce((n, o) => n + o.length, 0);
  let excess = text.length - embeds - BOARD_LIMITS.noteTextMax;
  let changed = 0;
  // From the end, so the indexes of earlier ops stay right.
  for (const op of [...ops].sort((a, b) => b.index - a.index)) {
    if (op.kind === 'embed') {
      text.delete(op.index, op.length);
      changed++;
      continue;
    }
    if (op.attributes.length > 0) {
      text.format(op.index, op.length, Object.fromEntries(op.attributes.map((a) => [a, null])));
      changed++;
    }
    if (op.kind === 'string' && excess > 0) {
      const cut = Math.min(op.length, excess);
      text.delete(op.index + op.length - cut, cut);
      excess -= cut;
      changed++;
    }
  }
  return changed;
}
