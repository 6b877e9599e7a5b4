import type { z } from 'zod';
import {
  type createMeetingSchema,
  MEETING_LIMITS,
  type MeetingControl,
  type updateMeetingSchema,
} from '../../shared/schemas/meeting';
import { readHands, writeHands } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import { secondsLeft } from '../../shared/time/countdown';
import type { JoinCodes } from '../auth/joinCodes';
import { newId } from '../auth/tokens';
import type { MeetingRow } from '../storage/MeetingStore';
import type { Storage } from '../storage/Storage';
import type { DomainDeps } from './deps';
import { DomainError } from './errors';

/** A change to a stored meeting. */
export type MeetingPatch = Parameters<Storage['updateMeeting']>[1];

/** The timer of an agenda item before it starts: its whole timebox. */
const freshTimer = (m: Pick<MeetingRow, 'agenda'>, itemId: string | null) => ({
  endsAt: null,
  remainingSeconds: (m.agenda.find((i) => i.id === itemId)?.minutes ?? 0) * 60,
});

/** Seconds left now (the one countdown rule in shared/time; a meeting row keeps `endsAt` in ms). */
const leftNow = (t: MeetingRow['timer'], now: number) =>
  secondsLeft({ endsAt: t.endsAt, seconds: t.remainingSeconds }, now) ?? t.remainingSeconds;

/** A new, planned meeting of the werkgroep (limit_reached past the maximum). */
export async function createMeeting(
  storage: Storage,
  werkgroepId: string,
  input: z.output<typeof createMeetingSchema>,
): Promise<MeetingRow> {
  if ((await storage.listMeetings(werkgroepId)).length >= MEETING_LIMITS.perWerkgroep)
    throw new DomainError('limit_reached');
  const row: MeetingRow = {
    id: newId(),
    werkgroepId,
    title: input.title,
    date: input.date,
    startTime: input.startTime,
    place: input.place,
    agenda: input.agenda.map((i) => ({ ...i, id: newId() })),
    status: 'planned',
    currentItemId: null,
    timer: { endsAt: null, remainingSeconds: 0 },
    followMe: false,
    notetakerMemberId: null,
    joinCodeHash: null,
    joinCodeIssuedAt: null,
    notes: {},
    startedAt: null,
    endedAt: null,
    createdAt: Date.now(),
  };
  await storage.createMeeting(row);
  return row;
}

/**
 * A change of a meeting's details as a patch: agenda items keep their id when they had one of this
 * meeting; when the current item is gone, the first item is current. The notetaker must be a member.
 */
export async function meetingEdit(
  storage: Storage,
  meeting: MeetingRow,
  input: z.output<typeof updateMeetingSchema>,
): Promise<MeetingPatch> {
  if (input.notetakerMemberId && !(await storage.getMember(meeting.werkgroepId, input.notetakerMemberId)))
    throw new DomainError('not_found');
  const { agenda, ...rest } = input;
  const nextAgenda = agenda?.map((i) => ({
    ...i,
    id: i.id && meeting.agenda.some((a) => a.id === i.id) ? i.id : newId(),
  }));
  const current =
    nextAgenda && !nextAgenda.some((i) => i.id === meeting.currentItemId)
      ? { currentItemId: nextAgenda[0]?.id ?? null }
      : {};
  return { ...rest, ...(nextAgenda ? { agenda: nextAgenda } : {}), ...current };
}

/** A new join code for a running meeting (unique among the stored hashes); the old one stops working. */
export async function newJoinCode(storage: Storage, codes: JoinCodes, meetingId: string, now: number) {
  let issued = codes.issue(meetingId);
  while (await storage.getMeetingByJoinCodeHash(issued.hash)) issued = codes.issue(meetingId);
  return { joinCodeHash: issued.hash, joinCodeIssuedAt: now };
}

/** The timer buttons: start, pause, reset to the item's timebox, or one more minute. */
function timerPatch(
  m: MeetingRow,
  action: Extract<MeetingControl, { action: 'timer' }>['timer'],
  now: number,
) {
  const left = leftNow(m.timer, now);
  if (action === 'start') return { timer: { endsAt: now + left * 1000, remainingSeconds: left } };
  if (action === 'pause') return { timer: { endsAt: null, remainingSeconds: left } };
  if (action === 'reset') return { timer: freshTimer(m, m.currentItemId) };
  return m.timer.endsAt === null
    ? { timer: { endsAt: null, remainingSeconds: left + 60 } }
    : // After time is up, one more minute counts from now, not from when it ran out.
      { timer: { endsAt: Math.max(m.timer.endsAt, now) + 60_000, remainingSeconds: left + 60 } };
}

/**
 * The console's actions, as a patch of the meeting (starting also opens joining by code). Only a
 * planned meeting starts and only a running one takes the other actions (conflict otherwise).
 */
export async function controlPatch(
  { storage, rooms }: DomainDeps,
  codes: JoinCodes,
  m: MeetingRow,
  c: MeetingControl,
  now: number,
): Promise<MeetingPatch> {
  const index = m.agenda.findIndex((i) => i.id === m.currentItemId);
  const goTo = (itemId: string | null) => ({ currentItemId: itemId, timer: freshTimer(m, itemId) });
  if (c.action !== 'start' && m.status !== 'running') throw new DomainError('meeting_not_running');
  switch (c.action) {
    case 'start': {
      if (m.status !== 'planned') throw new DomainError('meeting_already_started');
      const code = await newJoinCode(storage, codes, m.id, now);
      return { status: 'running', startedAt: now, ...code, ...goTo(m.agenda[0]?.id ?? null) };
    }
    case 'newCode':
      // When a code got out (a photo of the screen online): the old one stops working at once.
      return newJoinCode(storage, codes, m.id, now);
    case 'end': {
      codes.forget(m.id);
      return {
        status: 'ended',
        endedAt: now,
        joinCodeHash: null,
        joinCodeIssuedAt: null,
        followMe: false,
        timer: { endsAt: null, remainingSeconds: 0 },
      };
    }
    case 'next':
      return goTo(m.agenda[Math.min(index + 1, m.agenda.length - 1)]?.id ?? m.currentItemId);
    case 'previous':
      return goTo(m.agenda[Math.max(index - 1, 0)]?.id ?? m.currentItemId);
    case 'goto':
      if (!m.agenda.some((i) => i.id === c.itemId)) throw new DomainError('not_found');
      return goTo(c.itemId);
    case 'followMe':
      return { followMe: c.on };
    case 'lowerHand':
      await rooms.write(roomName('session', m.id), (doc) =>
        writeHands(
          doc,
          readHands(doc).filter((h) => h.memberId !== c.memberId),
        ),
      );
      return {};
    case 'timer':
      return timerPatch(m, c.timer, now);
  }
}
