import type * as Y from 'yjs';
import type { Decision } from '../../../shared/schemas/decision';
import {
  DECISIONS_MAP,
  MEETINGS_MAP,
  type MeetingSummary,
  ROSTER_MAP,
  type Roster,
  readDecisions,
  readMeetingSummaries,
  readRoster,
  readVotes,
  VOTES_MAP,
} from '../../../shared/sync/werkgroepDoc';
import type { VoteView } from '../../../shared/voting/voteView';
import { useLiveMap } from '../../sync/useLiveMap';

const NO_VOTES: VoteView[] = [];
const NO_DECISIONS: Decision[] = [];
const NO_MEETINGS: MeetingSummary[] = [];

/** Open and closed votes of the werkgroep, live from its room (newest first). */
export const useLiveVotes = (doc: Y.Doc | null): VoteView[] =>
  useLiveMap(doc, VOTES_MAP, readVotes, NO_VOTES);

/** The werkgroep's decisions, live from its room (in the order they were taken). */
export const useLiveDecisions = (doc: Y.Doc | null): Decision[] =>
  useLiveMap(doc, DECISIONS_MAP, readDecisions, NO_DECISIONS);

/** Which meetings exist and whether they run, live from the werkgroep's room. */
export const useLiveMeetingSummaries = (doc: Y.Doc | null): MeetingSummary[] =>
  useLiveMap(doc, MEETINGS_MAP, readMeetingSummaries, NO_MEETINGS);

/** Who is in the werkgroep (counts per group, and a revision that changes with every change), live. */
export const useLiveRoster = (doc: Y.Doc | null): Roster | null =>
  useLiveMap(doc, ROSTER_MAP, readRoster, null);
