import type { Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import type { Meeting } from '../../../../shared/schemas/meeting';
import type { MemberRole } from '../../../../shared/schemas/member';
import type { JoinCodes } from '../../../auth/joinCodes';
import { setSessionCookie } from '../../../auth/session';
import { joinWithCode } from '../../../domain/joining';
import { meetingFor } from '../../../domain/loaders';
import { itemNotesPatch, meetingReactions, raiseHand } from '../../../domain/meetingRoom';
import type { MeetingPatch } from '../../../domain/meetings';
import type { MeetingRow } from '../../../storage/MeetingStore';
import { actorOf, requireSession } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember } from '../../presenters/member';
import { presentWerkgroep } from '../../presenters/werkgroep';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';

interface MeetingHelpers {
  save: (id: string, patch: MeetingPatch) => Promise<MeetingRow>;
  codes: JoinCodes;
  viewFor: (m: MeetingRow, role: MemberRole | null) => Meeting;
}

/** Raised hands, reactions, minutes, and joining a running meeting by its short code. */
export function mountMeetingLive(
  router: Router,
  deps: RouteDeps,
  { save, codes, viewFor }: MeetingHelpers,
): void {
  const { storage, rooms, joinAddress } = deps;
  const react = meetingReactions(rooms);
  const meetingOf = (req: Request, p: { werkgroepId: string; meetingId: string }) =>
    meetingFor(storage, p.werkgroepId, p.meetingId, actorOf(req));

  mount(router, API.writeItemNotes, async ({ req, params, body }) => {
    const { meeting, member } = await meetingOf(req, params);
    const next = await save(meeting.id, itemNotesPatch(meeting, member, params.itemId, body.notes));
    return viewFor(next, member.role);
  });

  mount(router, API.raiseHand, async ({ req, params, body }) => {
    const { meeting, member } = await meetingOf(req, params);
    await raiseHand(rooms, meeting, member, body.up);
    return undefined;
  });

  mount(router, API.react, async ({ req, params, body }) => {
    const { meeting, member } = await meetingOf(req, params);
    await react(meeting, member, body.reaction);
    return undefined;
  });

  mount(router, API.serverTime, async () => ({ now: Date.now() }));

  mount(router, API.getJoinAddress, async ({ req }) => {
    requireSession(req);
    return joinAddress(req);
  });

  mountJoinByCode(router, deps, codes);
}

/**
 * Looking a meeting's code up and joining with it. Nothing about a meeting is said before its code
 * matched, and every miss counts for the address and for the budget all join-code guesses share
 * (SecretGuard): the preview is as limited as joining.
 */
function mountJoinByCode(router: Router, { storage, rooms, limits, guard }: RouteDeps, codes: JoinCodes) {
  /** The running meeting a code is for, and its werkgroep. The try was counted as a guess unless it matches. */
  const meetingByCode = async (req: Request, code: string) => {
    const meeting = await storage.getMeetingByJoinCodeHash(codes.hash(code));
    if (!meeting) throw new ApiError('not_found');
    guard.matched(req);
    const werkgroep = await storage.getWerkgroep(meeting.werkgroepId);
    if (!werkgroep) throw new ApiError('not_found');
    return { meeting, werkgroep };
  };

  router.get(API.previewJoinCode.path, guard.joinCodeGate, limits.preview);
  mount(router, API.previewJoinCode, async ({ req, params }) => {
    const { meeting, werkgroep } = await meetingByCode(req, params.code);
    return { werkgroepName: werkgroep.name, meetingTitle: meeting.title, wijk: werkgroep.wijk };
  });

  router.post(API.joinByCode.path, guard.joinCodeGate, limits.join);
  mount(router, API.joinByCode, async ({ req, res, params, body }) => {
    const { meeting, werkgroep } = await meetingByCode(req, params.code);
    const joined = await joinWithCode(storage, {
      werkgroepId: werkgroep.id,
      actor: actorOf(req),
      claimedRole: body.claimedRole,
      displayName: body.displayName,
    });
    setSessionCookie(res, joined.token, req.secure);
    await publishRoster(storage, rooms, werkgroep.id);
    req.log.info(
      { werkgroep: werkgroep.id, meeting: meeting.id, member: joined.member.id, created: joined.created },
      'joined by code',
    );
    return {
      membership: { werkgroep: presentWerkgroep(werkgroep), member: presentMember(joined.member) },
      token: joined.token,
      meetingId: meeting.id,
    };
  });
}
