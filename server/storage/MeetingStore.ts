import type { AgendaItem } from '../../shared/schemas/meeting';
import { methodsOf } from './methods';

/** A meeting as stored. Times are milliseconds since the epoch; raised hands live only in its room. */
export interface MeetingRow {
  id: string;
  werkgroepId: string;
  title: string;
  date: string;
  startTime: string | null;
  place: string;
  agenda: AgendaItem[];
  status: 'planned' | 'running' | 'ended';
  currentItemId: string | null;
  timer: { endsAt: number | null; remainingSeconds: number };
  followMe: boolean;
  notetakerMemberId: string | null;
  /**
   * While the meeting runs: a keyed hash (HMAC) of its join code. The key and the plain code live only
   * in the server's memory (server/auth/joinCodes.ts), so the database holds nothing to join with.
   */
  joinCodeHash: string | null;
  /** When the current join code was made (screens fetch it again when this changes). */
  joinCodeIssuedAt: number | null;
  notes: Record<string, string>;
  startedAt: number | null;
  endedAt: number | null;
  createdAt: number;
}

export interface MeetingStore {
  createMeeting(row: MeetingRow): Promise<void>;
  getMeeting(id: string): Promise<MeetingRow | null>;
  /** By date, then creation. */
  listMeetings(werkgroepId: string): Promise<MeetingRow[]>;
  /** The running meeting whose join code has this hash, or null. */
  getMeetingByJoinCodeHash(hash: string): Promise<MeetingRow | null>;
  /** Every running meeting, of every werkgroep. */
  listRunningMeetings(): Promise<MeetingRow[]>;
  updateMeeting(
    id: string,
    patch: Partial<Omit<MeetingRow, 'id' | 'werkgroepId' | 'createdAt'>>,
  ): Promise<MeetingRow | null>;
}

export const MEETING_STORE_METHODS = methodsOf<MeetingStore>({
  createMeeting: true,
  getMeeting: true,
  listMeetings: true,
  getMeetingByJoinCodeHash: true,
  listRunningMeetings: true,
  updateMeeting: true,
});
