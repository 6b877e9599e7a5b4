import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import type { MemberRole } from '../../../../shared/schemas/member';
import { JoinCodes } from '../../../auth/joinCodes';
import { meetingFor } from '../../../domain/loaders';
import {
  controlPatch,
  createMeeting,
  type MeetingPatch,
  meetingEdit,
  newJoinCode,
} from '../../../domain/meetings';
import type { MeetingRow } from '../../../storage/MeetingStore';
import { actorOf, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMeeting } from '../../presenters/meeting';
import { publishMeeting } from '../../roomState';
import { mount } from '../../route';
import { mountMeetingLive } from './live';

export function meetingsRouter(deps: RouteDeps): Router {
  const { storage, rooms, logger } = deps;
  const router = Router();
  const codes = new JoinCodes();
  /** The meeting as a member sees it; the join code only for those who may see it (never in the room). */
  const viewFor = (m: MeetingRow, role: MemberRole | null) =>
    presentMeeting(m, can(role, 'meeting.joinCode') ? codes.codeOf(m.id) : null);
  /** Stores a change and puts the meeting on every screen (its room). */
  const save = async (id: string, patch: MeetingPatch) => {
    const next = await storage.updateMeeting(id, patch);
    if (!next) throw new ApiError('not_found');
    await publishMeeting(rooms, next);
    return next;
  };
  // Codes of meetings that ran when the server stopped died with its memory: make new ones.
  void (async () => {
    for (const m of await storage.listRunningMeetings())
      await save(m.id, await newJoinCode(storage, codes, m.id, Date.now()));
  })().catch((err: unknown) => logger.error({ err }, 'could not renew the join codes of running meetings'));

  mount(router, API.listMeetings, async ({ req, params }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listMeetings(params.werkgroepId)).map((m) => viewFor(m, member.role));
  });

  mount(router, API.createMeeting, async ({ req, params, body }) => {
    await requireMember(storage, req, params.werkgroepId, 'meeting.manage');
    const row = await createMeeting(storage, params.werkgroepId, body);
    return presentMeeting(await save(row.id, {}), null);
  });

  mount(router, API.getMeeting, async ({ req, params }) => {
    const { meeting, member } = await meetingFor(storage, params.werkgroepId, params.meetingId, actorOf(req));
    return viewFor(meeting, member.role);
  });

  mount(router, API.updateMeeting, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, params.werkgroepId, params.meetingId, actorOf(req));
    if (!can(member.role, 'meeting.manage')) throw new ApiError('forbidden');
    const next = await save(meeting.id, await meetingEdit(storage, meeting, body));
    return viewFor(next, member.role);
  });

  mount(router, API.controlMeeting, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, params.werkgroepId, params.meetingId, actorOf(req));
    if (!can(member.role, 'meeting.manage')) throw new ApiError('forbidden');
    const next = await save(meeting.id, await controlPatch(deps, codes, meeting, body, Date.now()));
    req.log.info({ meeting: meeting.id, action: body.action }, 'meeting control');
    return viewFor(next, member.role);
  });

  mountMeetingLive(router, deps, { save, codes, viewFor });
  return router;
}
