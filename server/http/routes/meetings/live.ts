import crypto from 'node:crypto';
import type { Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { MEETING_LIMITS, type Meeting } from '../../../../shared/schemas/meeting';
import { MEMBER_LIMITS, type MemberRole, memberGroup } from '../../../../shared/schemas/member';
import { readHands, readReactions, writeHands, writeReactions } from '../../../../shared/sync/meetingDoc';
import { roomName } from '../../../../shared/sync/rooms';
import type { JoinCodes } from '../../../auth/joinCodes';
import { setSessionCookie, startSession } from '../../../auth/session';
import { hashToken, newId } from '../../../auth/tokens';
import type { MeetingRow } from '../../../storage/MeetingStore';
import type { Storage } from '../../../storage/Storage';
import { refusal, requireSession } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember, presentWerkgroep } from '../../presenters';
import { publishRoster } from '../../roomState';
import { mount } from '../../route';
import { meetingFor } from './router';

/** At most one reaction per member per this many ms: a screen full of thumbs helps nobody. */
const REACTION_GAP_MS = 1500;

interface MeetingHelpers {
  save: (id: string, patch: Parameters<Storage['updateMeeting']>[1]) => Promise<MeetingRow>;
  codes: JoinCodes;
  viewFor: (m: MeetingRow, role: MemberRole | null) => Meeting;
}

/** Raised hands, reactions, minutes, and joining a running meeting by its short code. */
export function mountMeetingLive(
  router: Router,
  { storage, rooms, limits, guard, joinAddress }: RouteDeps,
  { save, codes, viewFor }: MeetingHelpers,
): void {
  const lastReaction = new Map<string, number>();

  mount(router, API.writeItemNotes, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.manage') && meeting.notetakerMemberId !== member.id)
      throw new ApiError('forbidden');
    if (!meeting.agenda.some((i) => i.id === params.itemId)) throw new ApiError('not_found');
    const next = await save(meeting.id, { notes: { ...meeting.notes, [params.itemId]: body.notes } });
    return viewFor(next, member.role);
  });

  mount(router, API.raiseHand, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.participate')) throw new ApiError(refusal(member, 'meeting.participate'));
    if (meeting.status !== 'running') throw new ApiError('meeting_not_running');
    // Read and written in one go inside the room, so hands raised at the same moment keep their order.
    await rooms.write(roomName('session', meeting.id), (doc) => {
      const hands = readHands(doc).filter((h) => h.memberId !== member.id);
      if (body.up && hands.length < MEETING_LIMITS.handsMax) {
        const mine = readHands(doc).find((h) => h.memberId === member.id);
        hands.push(
          mine ?? {
            memberId: member.id,
            name: member.displayName,
            group: memberGroup(member.role),
            at: new Date().toISOString(),
          },
        );
        hands.sort((a, b) => a.at.localeCompare(b.at));
      }
      writeHands(doc, hands);
    });
    return undefined;
  });

  mount(router, API.react, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.participate')) throw new ApiError(refusal(member, 'meeting.participate'));
    if (meeting.status !== 'running') throw new ApiError('meeting_not_running');
    const now = Date.now();
    if (now - (lastReaction.get(member.id) ?? 0) < REACTION_GAP_MS) throw new ApiError('rate_limited');
    lastReaction.set(member.id, now);
    await rooms.write(roomName('session', meeting.id), (doc) =>
      writeReactions(doc, [
        ...readReactions(doc).slice(-(MEETING_LIMITS.reactionsKept - 1)),
        {
          id: crypto.randomUUID(),
          reaction: body.reaction,
          group: memberGroup(member.role),
          at: new Date(now).toISOString(),
        },
      ]),
    );
    return undefined;
  });

  mount(router, API.serverTime, async () => ({ now: Date.now() }));

  mount(router, API.getJoinAddress, async ({ req }) => {
    requireSession(req);
    return joinAddress(req);
  });

  /** The running meeting a code is for. The try was counted as a guess (joinCodeGate) unless it matches. */
  const meetingByCode = async (req: Request, code: string) => {
    const meeting = await storage.getMeetingByJoinCodeHash(codes.hash(code));
    if (!meeting) throw new ApiError('not_found');
    guard.matched(req);
    return meeting;
  };

  // Nothing about a meeting is said before its code matched, and every miss counts for the address
  // and for the budget all join-code guesses share (SecretGuard): the preview is as limited as joining.
  router.get(API.previewJoinCode.path, guard.joinCodeGate, limits.preview);
  mount(router, API.previewJoinCode, async ({ req, params }) => {
    const meeting = await meetingByCode(req, params.code);
    const werkgroep = await storage.getWerkgroep(meeting.werkgroepId);
    if (!werkgroep) throw new ApiError('not_found');
    return { werkgroepName: werkgroep.name, meetingTitle: meeting.title, wijk: werkgroep.wijk };
  });

  router.post(API.joinByCode.path, guard.joinCodeGate, limits.join);
  mount(router, API.joinByCode, async ({ req, res, params, body }) => {
    const meeting = await meetingByCode(req, params.code);
    const werkgroep = await storage.getWerkgroep(meeting.werkgroepId);
    if (!werkgroep) throw new ApiError('not_found');
    // This device's session, when it has one: someone already in the werkgroep gets their own
    // membership back (one device, one member); anyone else becomes a guest until confirmed. Without
    // a cookie the server cannot tell a device that joins twice from two people: confirmation is what
    // keeps a stuffed ballot box out, since a guest does not vote.
    const existing = req.auth?.personId ?? null;
    const session = existing ? null : await startSession(storage, null);
    const personId = existing ?? session?.personId;
    if (!personId) throw new Error('no person');
    const result = await storage.joinAsGuest({
      werkgroepId: werkgroep.id,
      now: Date.now(),
      personId,
      claimedRole: body.claimedRole,
      maxWaiting: MEMBER_LIMITS.guestsWaitingMax,
      member: { id: newId(), displayName: body.displayName, organisation: null, namedInExport: false },
    });
    if (!result.ok) {
      if (session) await storage.deleteSession(hashToken(session.token));
      throw new ApiError('limit_reached');
    }
    const token = session?.token ?? (await startSession(storage, personId)).token;
    setSessionCookie(res, token, req.secure);
    await publishRoster(storage, rooms, werkgroep.id);
    req.log.info(
      { werkgroep: werkgroep.id, meeting: meeting.id, member: result.member.id, created: result.created },
      'joined by code',
    );
    return {
      membership: { werkgroep: presentWerkgroep(werkgroep), member: presentMember(result.member) },
      token,
      meetingId: meeting.id,
    };
  });
}
