import type * as Y from 'yjs';
import { z } from 'zod';
import { type Board, boardSchema } from '../schemas/board';
import { type Decision, decisionSchema } from '../schemas/decision';
import { compositionSchema } from '../schemas/member';
import { type VoteView, voteViewSchema } from '../voting/voteView';
import { sameValue } from './sameValue';

/**
 * The layout of a werkgroep's room (`werkgroep:<id>`), besides its presence: the votes that are open
 * or closed (drafts stay with the facilitator) and the decisions, by id. Only the server writes it, from
 * the database; every screen reads it to show live results without polling. It never holds a ballot.
 * Every write sets an entry only when it differs, so writing the database's state again stores nothing
 * (the server does that whenever it loads the room: `reconcileWerkgroep`).
 * The writers run inside the server's own transaction (`SyncServer.write`, or the reconcile at load),
 * whose origin a nested `transact` keeps: they name none of their own.
 */
export const VOTES_MAP = 'votes';
export const DECISIONS_MAP = 'decisions';
export const BOARDS_MAP = 'boards';
export const MEETINGS_MAP = 'meetings';
export const ROSTER_MAP = 'roster';

/** Every entry of one map that parses with `schema` (the others are skipped). */
function readAll<T>(doc: Y.Doc, mapName: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  doc.getMap<unknown>(mapName).forEach((value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out;
}

/** Sets one entry of a map unless it already holds the same value. */
function put(doc: Y.Doc, mapName: string, id: string, value: unknown): void {
  const map = doc.getMap<unknown>(mapName);
  if (!sameValue(map.get(id), value)) map.set(id, structuredClone(value));
}

/** Puts one vote's public state in the doc (or removes it). */
export function writeVote(doc: Y.Doc, vote: VoteView | { id: string; removed: true }): void {
  doc.transact(() => {
    if ('removed' in vote) doc.getMap<unknown>(VOTES_MAP).delete(vote.id);
    else put(doc, VOTES_MAP, vote.id, vote);
  });
}

export function writeDecision(doc: Y.Doc, decision: Decision): void {
  doc.transact(() => put(doc, DECISIONS_MAP, decision.id, decision));
}

/** Votes newest first; entries that do not parse are skipped. */
export function readVotes(doc: Y.Doc): VoteView[] {
  return readAll(doc, VOTES_MAP, voteViewSchema).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Decisions in the order they were taken. */
export function readDecisions(doc: Y.Doc): Decision[] {
  return readAll(doc, DECISIONS_MAP, decisionSchema).sort((a, b) => a.number - b.number);
}

/** A board's settings (locks, silent brainstorm, timer), for every open screen. */
export function writeBoard(doc: Y.Doc, board: Board): void {
  doc.transact(() => put(doc, BOARDS_MAP, board.id, board));
}

export function readBoards(doc: Y.Doc): Board[] {
  return readAll(doc, BOARDS_MAP, boardSchema).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Which meetings there are and whether they run, so every werkgroep page can point to a running one. */
export const meetingSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['planned', 'running', 'ended']),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export function writeMeetingSummary(doc: Y.Doc, meeting: MeetingSummary): void {
  doc.transact(() => put(doc, MEETINGS_MAP, meeting.id, meeting));
}

export function readMeetingSummaries(doc: Y.Doc): MeetingSummary[] {
  return readAll(doc, MEETINGS_MAP, meetingSummarySchema);
}

/**
 * Who is in the werkgroep, as far as every member may see without asking: the counts per group, and a
 * revision that changes whenever a member joins, leaves, is removed, or changes role or name. Screens
 * that list the members fetch the list again when it changes. No names: a removed member's name must
 * not stay behind in the room's history.
 */
export const ROSTER_ID = 'members';
export const rosterSchema = z.object({
  id: z.literal(ROSTER_ID),
  composition: compositionSchema,
  revision: z.string(),
});
export type Roster = z.infer<typeof rosterSchema>;

export function writeRoster(doc: Y.Doc, roster: Roster): void {
  doc.transact(() => put(doc, ROSTER_MAP, roster.id, roster));
}

/** The roster, or null before the room has one. */
export function readRoster(doc: Y.Doc): Roster | null {
  const parsed = rosterSchema.safeParse(doc.getMap<unknown>(ROSTER_MAP).get(ROSTER_ID));
  return parsed.success ? parsed.data : null;
}

/** Everything of a werkgroep's room that comes from the database. */
export interface WerkgroepRoomState {
  /** Open and closed votes (never drafts). */
  votes: readonly VoteView[];
  decisions: readonly Decision[];
  boards: readonly Board[];
  meetings: readonly MeetingSummary[];
  roster: Roster;
}

/**
 * Makes the room say exactly what the database says (one transaction): entries that differ are set,
 * entries the database no longer has are removed, the rest is left alone. Presence is not in the doc.
 */
export function reconcileWerkgroep(doc: Y.Doc, state: WerkgroepRoomState): void {
  const parts: [string, readonly { id: string }[]][] = [
    [VOTES_MAP, state.votes],
    [DECISIONS_MAP, state.decisions],
    [BOARDS_MAP, state.boards],
    [MEETINGS_MAP, state.meetings],
    [ROSTER_MAP, [state.roster]],
  ];
  doc.transact(() => {
    for (const [mapName, entries] of parts) {
      const keep = new Set(entries.map((e) => e.id));
      const map = doc.getMap<unknown>(mapName);
      for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
      for (const e of entries) put(doc, mapName, e.id, e);
    }
  });
}
