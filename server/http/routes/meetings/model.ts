import crypto from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type Meeting } from '../../../../shared/schemas/meeting';
import { roomName } from '../../../../shared/sync/rooms';
import type { MeetingSummary } from '../../../../shared/sync/werkgroepDoc';
import type { MeetingRow } from '../../../storage/MeetingStore';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** What every member sees of a meeting (the invite behind the join code stays on the server). */
export function presentMeeting(m: MeetingRow): Meeting {
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
    joinCode: m.joinCode,
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

/** A join code from the alphabet without look-alikes. */
export function newJoinCode(): string {
  const bytes = crypto.randomBytes(JOIN_CODE_LENGTH);
  return [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('');
}

/** The timer of an agenda item before it starts: its whole timebox. */
export const freshTimer = (m: Pick<MeetingRow, 'agenda'>, itemId: string | null) => ({
  endsAt: null,
  remainingSeconds: (m.agenda.find((i) => i.id === itemId)?.minutes ?? 0) * 60,
});

/** Seconds left now. */
export const secondsLeft = (t: MeetingRow['timer'], now: number) =>
  t.endsAt === null ? t.remainingSeconds : Math.max(0, Math.ceil((t.endsAt - now) / 1000));
