import { type Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { MEETING_LIMITS, type MeetingControl } from '../../../../shared/schemas/meeting';
import { readHands, writeHands } from '../../../../shared/sync/meetingDoc';
import { roomName } from '../../../../shared/sync/rooms';
import { hashToken, newId, newInviteCode } from '../../../auth/tokens';
import type { MeetingRow } from '../../../storage/MeetingStore';
import type { Storage } from '../../../storage/Storage';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publishMeeting } from '../../roomState';
import { mount } from '../../route';
import { mountMeetingLive } from './live';
import { freshTimer, newJoinCode, presentMeeting, secondsLeft } from './model';

const HOUR_MS = 60 * 60 * 1000;

export async function meetingFor(storage: Storage, req: Request, werkgroepId: string, meetingId: string) {
  const { member, werkgroep } = await requireMember(storage, req, werkgroepId, 'document.read');
  const meeting = await storage.getMeeting(meetingId);
  if (!meeting || meeting.werkgroepId !== werkgroepId) throw new ApiError('not_found');
  return { meeting, member, werkgroep };
}

export function meetingsRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  /** Stores a change and puts the meeting on every screen (its room). */
  const save = async (id: string, patch: Parameters<Storage['updateMeeting']>[1]) => {
    const next = await storage.updateMeeting(id, patch);
    if (!next) throw new ApiError('not_found');
    return publishMeeting(rooms, next);
  };

  /** The console's actions, as a patch of the meeting (starting also opens joining by code). */
  async function controlPatch(
    m: MeetingRow,
    c: MeetingControl,
    now: number,
  ): Promise<Parameters<Storage['updateMeeting']>[1]> {
    const index = m.agenda.findIndex((i) => i.id === m.currentItemId);
    const goTo = (itemId: string | null) => ({ currentItemId: itemId, timer: freshTimer(m, itemId) });
    if (c.action !== 'start' && m.status !== 'running') throw new ApiError('conflict');
    switch (c.action) {
      case 'start': {
        if (m.status !== 'planned') throw new ApiError('conflict');
        let code = newJoinCode();
        while (await storage.getMeetingByJoinCode(code)) code = newJoinCode();
        // Joining by code is accepting an invite made for this meeting, as bewoner, until it ends.
        const inviteCode = newInviteCode();
        await storage.createInvite({
          id: newId(),
          werkgroepId: m.werkgroepId,
          role: 'bewoner',
          codeHash: hashToken(inviteCode),
          expiresAt: now + 12 * HOUR_MS,
          maxUses: 500,
          uses: 0,
          revokedAt: null,
          createdAt: now,
        });
        return {
          status: 'running',
          startedAt: now,
          joinCode: code,
          joinInviteCode: inviteCode,
          ...goTo(m.agenda[0]?.id ?? null),
        };
      }
      case 'end': {
        const invite = m.joinInviteCode
          ? await storage.getInviteByCodeHash(hashToken(m.joinInviteCode))
          : null;
        if (invite) await storage.revokeInvite(m.werkgroepId, invite.id, now);
        return {
          status: 'ended',
          endedAt: now,
          joinCode: null,
          joinInviteCode: null,
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
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listMeetings(params.werkgroepId)).map(presentMeeting);
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
      joinCode: null,
      joinInviteCode: null,
      notes: {},
      startedAt: null,
      endedAt: null,
      createdAt: Date.now(),
    };
    await storage.createMeeting(row);
    return save(row.id, {});
  });

  mount(router, API.getMeeting, async ({ req, params }) => {
    const { meeting } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    return presentMeeting(meeting);
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
    return save(meeting.id, { ...rest, ...(nextAgenda ? { agenda: nextAgenda } : {}), ...current });
  });

  mount(router, API.controlMeeting, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.manage')) throw new ApiError('forbidden');
    const view = await save(meeting.id, await controlPatch(meeting, body, Date.now()));
    req.log.info({ meeting: meeting.id, action: body.action }, 'meeting control');
    return view;
  });

  mountMeetingLive(router, deps, save);
  return router;
}
