import type * as Y from 'yjs';
import { z } from 'zod';
import { type Meeting, meetingSchema, REACTIONS } from '../schemas/meeting';
import { countdownOf, secondsLeft } from '../time/countdown';
import { sameValue } from './sameValue';

/**
 * The layout of a meeting's room (`session:<id>`): the meeting as every screen shows it (agenda,
 * current item, timer, "iedereen naar mij"), the raised hands in the order they went up, and the latest
 * quick reactions. Only the server writes it; the console, the room screen and phones read it.
 * The writers run inside the server's own transaction (`SyncServer.write`, or the reconcile at load),
 * whose origin a nested `transact` keeps: they name none of their own.
 */
export const MEETING_MAP = 'meeting';

export const raisedHandSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  group: z.string(),
  at: z.string(),
});
export type RaisedHand = z.infer<typeof raisedHandSchema>;
export const reactionEntrySchema = z.object({
  id: z.string(),
  reaction: z.enum(REACTIONS),
  group: z.string(),
  at: z.string(),
});
export type ReactionEntry = z.infer<typeof reactionEntrySchema>;

const map = (doc: Y.Doc) => doc.getMap<unknown>(MEETING_MAP);

/**
 * The meeting as the database has it. Set only when it differs, so the server can write it again
 * whenever it loads the room (hands and reactions live only in the room and are left alone).
 */
export function writeMeeting(doc: Y.Doc, meeting: Meeting): void {
  doc.transact(() => {
    if (!sameValue(map(doc).get('state'), meeting)) map(doc).set('state', structuredClone(meeting));
  });
}

export function writeHands(doc: Y.Doc, hands: readonly RaisedHand[]): void {
  doc.transact(() => map(doc).set('hands', structuredClone([...hands])));
}

export function writeReactions(doc: Y.Doc, reactions: readonly ReactionEntry[]): void {
  doc.transact(() => map(doc).set('reactions', structuredClone([...reactions])));
}

export function readMeeting(doc: Y.Doc): Meeting | null {
  const parsed = meetingSchema.safeParse(map(doc).get('state'));
  return parsed.success ? parsed.data : null;
}

export function readHands(doc: Y.Doc): RaisedHand[] {
  const parsed = z.array(raisedHandSchema).safeParse(map(doc).get('hands') ?? []);
  return parsed.success ? parsed.data : [];
}

export function readReactions(doc: Y.Doc): ReactionEntry[] {
  const parsed = z.array(reactionEntrySchema).safeParse(map(doc).get('reactions') ?? []);
  return parsed.success ? parsed.data : [];
}

/** Seconds left on the meeting's timer at `now` (ms): shared/time's countdown, for a meeting's shape. */
export const timerLeft = (timer: Meeting['timer'], now: number): number =>
  secondsLeft(countdownOf(timer), now) ?? 0;
