import { type Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { MEETING_LIMITS, type MeetingControl } from '../../../../shared/schemas/meeting';
import type { MemberRole } from '../../../../shared/schemas/member';
import { readHands, writeHands } from '../../../../shared/sync/meetingDoc';
import { roomName } from '../../../../shared/sync/rooms';
import { JoinCodes } from '../../../auth/joinCodes';
import { newId } from '../../../auth/tokens';
import type { MeetingRow } from '../../../storage/MeetingStore';
import type { Storage } from '../../../storage/Storage';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publishMeeting } from '../../roomState';
import { mount } from '../../route';
import { mountMeetingLive } from './live';
import { freshTimer, presentMeeting, secondsLeft } from './model';

export async function meetingFor(storage: Storage, req: Request, werkgroepId: string, meetingId: string) {
  const { member, werkgroep } = await requireMember(storage, req, werkgroepId, 'document.read');
  const meeting = await storage.getMeeting(meetingId);
  if (!meeting || meeting.werkgroepId !== werkgroepId) throw new ApiError('not_found');
  return { meeting, member, werkgroep };
}

export function meetingsRouter(deps: RouteDeps): Router {
  const { storage, rooms, logger } = deps;
  const router = Router();
  const codes = new JoinCodes();
  /** The meeting as a member sees it; the join code only for those who may see it (never in the room). */
  const viewFor = (m: MeetingRow, role: MemberRole | null) =>
    presentMeeting(m, can(role, 'meeting.joinCode') ? codes.codeOf(m.id) : null);
  /** Stores a change and puts the meeting on every screen (its room). */
  const save = async (id: string, patch: Parameters<Storage['updateMeeting']>[1]) => {
    const next = await storage.updateMeeting(id, patch);
    if (!next) throw new ApiError('not_found');
    await publishMeeting(rooms, next);
    return next;
  };
  /** A new join code for a running meeting; the old one stops working. */
  const newCode = async (meetingId: string, now: number) => {
    let issued = codes.issue(meetingId);
    while (await storage.getMeetingByJoinCodeHash(issued.hash)) issued = codes.issue(meetingId);
    return { joinCodeHash: issued.hash, joinCodeIssuedAt: now };
  };
  // Codes of meetings that ran when the server stopped died with its memory: make new ones.
  void (async () => {
    for (const m of await storage.listRunningMeetings()) await save(m.id, await newCode(m.id, Date.now()));
  })().catch((err: unknown) => logger.error({ err }, 'could not renew the join codes of running meetings'));

  /** The console's actions, as a patch of the meeting (starting also opens joining by code). */
  async function controlPatch(
    m: MeetingRow,
    c: MeetingControl,
    now: number,
  ): Promise<Parameters<Storage['updateMeeting']>[1]> {
    const index = m.agenda.findIndex((i) => i.id === m.currentItemId);
    const goTo = (itemId: string | null) => ({ currentItemId: itemId, timer: freshTimer(m, itemId) });
    if (c.action !== 'start' && m.status !== 'running') throw new ApiError('meeting_not_running');
    switch (c.action) {
      case 'start': {
        if (m.status !== 'planned') throw new ApiError('meeting_already_started');
        return {
          status: 'running',
          startedAt: now,
          ...(await newCode(m.id, now)),
          ...goTo(m.agenda[0]?.id ?? null),
        };
      }
      case 'newCode':
        // When a code got out (a photo of the screen online): the old one stops working at once.
        return newCode(m.id, now);
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
        if (!m.agenda.some((i) => i.id === c.itemId)) throw new ApiError('not_found');
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
      case 'timer': {
        const left = secondsLeft(m.timer, now);
        if (c.timer === 'start') return { timer: { endsAt: now + left * 1000, remainingSeconds: left } };
        if (c.timer === 'pause') return { timer: { endsAt: null, remainingSeconds: left } };
        if (c.timer === 'reset') return { timer: freshTimer(m, m.currentItemId) };
        return m.timer.endsAt === null
          ? { timer: { endsAt: null, remainingSeconds: left + 60 } }
          : // After time is up, one more minute counts from now, not from when it ran out.
            { timer: { endsAt: Math.max(m.timer.endsAt, now) + 60_000, remainingSeconds: left + 60 } };
      }
    }
  }

  mount(router, API.listMeetings, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listMeetings(params.werkgroepId)).map((m) => viewFor(m, member.role));
  });

  mount(router, API.createMeeting, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'meeting.manage');
    if ((await storage.listMeetings(params.werkgroepId)).length >= MEETING_LIMITS.perWerkgroep)
      throw new ApiError('limit_reached');
    const row: MeetingRow = {
      id: newId(),
      werkgroepId: params.werkgroepId,
      title: body.title,
      date: body.date,
      startTime: body.startTime,
      place: body.place,
      agenda: body.agenda.map((i) => ({ ...i, id: newId() })),
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
    return presentMeeting(await save(row.id, {}), null);
  });

  mount(router, API.getMeeting, async ({ req, params }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    return viewFor(meeting, member.role);
  });

  mount(router, API.updateMeeting, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.manage')) throw new ApiError('forbidden');
    if (body.notetakerMemberId && !(await storage.getMember(meeting.werkgroepId, body.notetakerMemberId)))
      throw new ApiError('not_found');
    const { agenda, ...rest } = body;
    const nextAgenda = agenda?.map((i) => ({
      ...i,
      id: i.id && meeting.agenda.some((a) => a.id === i.id) ? i.id : newId(),
    }));
    const current =
      nextAgenda && !nextAgenda.some((i) => i.id === meeting.currentItemId)
        ? { currentItemId: nextAgenda[0]?.id ?? null }
        : {};
    const next = await save(meeting.id, {
      ...rest,
      ...(nextAgenda ? { agenda: nextAgenda } : {}),
      ...current,
    });
    return viewFor(next, member.role);
  });

  mount(router, API.controlMeeting, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.manage')) throw new ApiError('forbidden');
    const next = await save(meeting.id, await controlPatch(meeting, body, Date.now()));
    req.log.info({ meeting: meeting.id, action: body.action }, 'meeting control');
    return viewFor(next, member.role);
  });

  mountMeetingLive(router, deps, { save, codes, viewFor });
  return router;
}
