import type { Meeting } from '../../../shared/schemas/meeting';
import { roomName } from '../../../shared/sync/rooms';
import type { MeetingSummary } from '../../../shared/sync/werkgroepDoc';
import type { MeetingRow } from '../../storage/MeetingStore';
import { iso, isoOrNull } from './iso';

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
    timer: { endsAt: isoOrNull(m.timer.endsAt), remainingSeconds: m.timer.remainingSeconds },
    followMe: m.followMe,
    notetakerMemberId: m.notetakerMemberId,
    joinCode: m.status === 'running' ? joinCode : null,
    joinCodeIssuedAt: isoOrNull(m.joinCodeIssuedAt),
    notes: m.notes,
    startedAt: isoOrNull(m.startedAt),
    endedAt: isoOrNull(m.endedAt),
    createdAt: iso(m.createdAt),
    room: roomName('session', m.id),
  };
}

/** What the werkgroep room shows of a meeting, so every werkgroep page can point to a running one. */
export const meetingSummary = (m: MeetingRow): MeetingSummary => ({
  id: m.id,
  title: m.title,
  status: m.status,
});
