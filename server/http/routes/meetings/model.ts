import type { Meeting } from '../../../../shared/schemas/meeting';
import { roomName } from '../../../../shared/sync/rooms';
import type { MeetingSummary } from '../../../../shared/sync/werkgroepDoc';
import type { MeetingRow } from '../../../storage/MeetingStore';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/**
 * What members see of a meeting. `joinCode` is given only to API callers who may see it, never to the
 * meeting's room (which is stored and which guests read too).
 */
export function presentMeeting(m: MeetingRow, joinCode: string | null): Meeting {
  return {
    id: m.id,
    werkgroepId: m.werkgroepId,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    place: m.place,
    agenda: m.agenda,
    status: m.status,
    currentItemId: m.currentItemId,
    timer: { endsAt: iso(m.timer.endsAt), remainingSeconds: m.timer.remainingSeconds },
    followMe: m.followMe,
    notetakerMemberId: m.notetakerMemberId,
    joinCode: m.status === 'running' ? joinCode : null,
    joinCodeIssuedAt: iso(m.joinCodeIssuedAt),
    notes: m.notes,
    startedAt: iso(m.startedAt),
    endedAt: iso(m.endedAt),
    createdAt: new Date(m.createdAt).toISOString(),
    room: roomName('session', m.id),
  };
}

/** What the werkgroep room shows of a meeting, so every werkgroep page can point to a running one. */
export const meetingSummary = (m: MeetingRow): MeetingSummary => ({
  id: m.id,
  title: m.title,
  status: m.status,
});

/** The timer of an agenda item before it starts: its whole timebox. */
export const freshTimer = (m: Pick<MeetingRow, 'agenda'>, itemId: string | null) => ({
  endsAt: null,
  remainingSeconds: (m.agenda.find((i) => i.id === itemId)?.minutes ?? 0) * 60,
});

/** Seconds left now. */
export const secondsLeft = (t: MeetingRow['timer'], now: number) =>
  t.endsAt === null ? t.remainingSeconds : Math.max(0, Math.ceil((t.endsAt - now) / 1000));
