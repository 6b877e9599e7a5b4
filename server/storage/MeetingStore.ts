import type { AgendaItem } from '../../shared/schemas/meeting';

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
  joinCode: string | null;
  /** The invite behind the join code (never shown): joining by code is accepting it. */
  joinInviteCode: string | null;
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
  /** The running meeting with this join code, or null. */
  getMeetingByJoinCode(code: string): Promise<MeetingRow | null>;
  updateMeeting(
    id: string,
    patch: Partial<Omit<MeetingRow, 'id' | 'werkgroepId' | 'createdAt'>>,
  ): Promise<MeetingRow | null>;
}
