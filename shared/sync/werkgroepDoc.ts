import type * as Y from 'yjs';
import { z } from 'zod';
import { type Board, boardSchema } from '../schemas/board';
import { type Decision, decisionSchema } from '../schemas/decision';
import { type VoteView, voteViewSchema } from '../voting/voteView';

/**
 * The layout of a werkgroep's room (`werkgroep:<id>`), besides its presence: the votes that are open
 * or closed (drafts stay with the facilitator) and the decisions, by id. Only the server writes it, from
 * the database; every screen reads it to show live results without polling. It never holds a ballot.
 */
export const VOTES_MAP = 'votes';
export const DECISIONS_MAP = 'decisions';
export const BOARDS_MAP = 'boards';
export const MEETINGS_MAP = 'meetings';
export const WERKGROEP_ORIGIN = 'server:werkgroep';

/** Every entry of one map that parses with `schema` (the others are skipped). */
function readAll<T>(doc: Y.Doc, mapName: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  doc.getMap<unknown>(mapName).forEach((value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out;
}

/** Puts one vote's public state in the doc (or removes it). */
export function writeVote(doc: Y.Doc, vote: VoteView | { id: string; removed: true }): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(VOTES_MAP);
    if ('removed' in vote) map.delete(vote.id);
    else map.set(vote.id, structuredClone(vote));
  }, WERKGROEP_ORIGIN);
}

export function writeDecision(doc: Y.Doc, decision: Decision): void {
  doc.transact(
    () => doc.getMap<unknown>(DECISIONS_MAP).set(decision.id, structuredClone(decision)),
    WERKGROEP_ORIGIN,
  );
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
  doc.transact(() => doc.getMap<unknown>(BOARDS_MAP).set(board.id, structuredClone(board)), WERKGROEP_ORIGIN);
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
  doc.transact(() => doc.getMap<unknown>(MEETINGS_MAP).set(meeting.id, { ...meeting }), WERKGROEP_ORIGIN);
}

export function readMeetingSummaries(doc: Y.Doc): MeetingSummary[] {
  return readAll(doc, MEETINGS_MAP, meetingSummarySchema);
}
