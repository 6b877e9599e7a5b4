import crypto from 'node:crypto';
import type { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { can } from '../../../../shared/permissions';
import { MEETING_LIMITS, type Meeting } from '../../../../shared/schemas/meeting';
import { roleGroup } from '../../../../shared/schemas/member';
import { readHands, readReactions, writeHands, writeReactions } from '../../../../shared/sync/meetingDoc';
import { roomName } from '../../../../shared/sync/rooms';
import { setSessionCookie, startSession } from '../../../auth/session';
import { hashToken, newId } from '../../../auth/tokens';
import type { Storage } from '../../../storage/Storage';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { presentMember, presentWerkgroep } from '../../presenters';
import { mount } from '../../route';
import { meetingFor } from './router';

/** At most one reaction per member per this many ms: a screen full of thumbs helps nobody. */
const REACTION_GAP_MS = 1500;

/** Raised hands, reactions, minutes, and joining a running meeting by its short code. */
export function mountMeetingLive(
  router: Router,
  { storage, rooms, limits }: RouteDeps,
  save: (id: string, patch: Parameters<Storage['updateMeeting']>[1]) => Promise<Meeting>,
): void {
  const lastReaction = new Map<string, number>();

  mount(router, API.writeItemNotes, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.manage') && meeting.notetakerMemberId !== member.id)
      throw new ApiError('forbidden');
    if (!meeting.agenda.some((i) => i.id === params.itemId)) throw new ApiError('not_found');
    return save(meeting.id, { notes: { ...meeting.notes, [params.itemId]: body.notes } });
  });

  mount(router, API.raiseHand, async ({ req, params, body }) => {
    const { meeting, member } = await meetingFor(storage, req, params.werkgroepId, params.meetingId);
    if (!can(member.role, 'meeting.participate')) throw new ApiError('forbidden');
    if (meeting.status !== 'running') throw new ApiError('conflict');
    // Read and written in one go inside the room, so hands raised at the same moment keep their order.
    await rooms.write(roomName('session', meeting.id), (doc) => {
      const hands = readHands(doc).filter((h) => h.memberId !== member.id);
      if (body.up && hands.length < MEETING_LIMITS.handsMax) {
        const mine = readHands(doc).find((h) => h.memberId === member.id);
        hands.push(
          mine ?? {
            memberId: member.id,
            name: member.displayName,
            group: roleGroup(member.role),
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
    if (!can(member.role, 'meeting.participate')) throw new ApiError('forbidden');
    if (meeting.status !== 'running') throw new ApiError('conflict');
    const now = Date.now();
    if (now - (lastReaction.get(member.id) ?? 0) < REACTION_GAP_MS) throw new ApiError('rate_limited');
    lastReaction.set(member.id, now);
    await rooms.write(roomName('session', meeting.id), (doc) =>
      writeReactions(doc, [
        ...readReactions(doc).slice(-(MEETING_LIMITS.reactionsKept - 1)),
        {
          id: crypto.randomUUID(),
          reaction: body.reaction,
          group: roleGroup(member.role),
          at: new Date(now).toISOString(),
        },
      ]),
    );
    return undefined;
  });

  mount(router, API.serverTime, async () => ({ now: Date.now() }));

  mount(router, API.previewJoinCode, async ({ params }) => {
    const meeting = await storage.getMeetingByJoinCode(params.code);
    const werkgroep = meeting ? await storage.getWerkgroep(meeting.werkgroepId) : null;
    if (!meeting || !werkgroep) throw new ApiError('not_found');
    return { werkgroepName: werkgroep.name, meetingTitle: meeting.title, wijk: werkgroep.wijk };
  });

  router.post('/api/join/:code', limits.join);
  mount(router, API.joinByCode, async ({ req, res, params, body }) => {
    const meeting = await storage.getMeetingByJoinCode(params.code);
    if (!meeting?.joinInviteCode) throw new ApiError('not_found');
    const existing = req.auth?.personId ?? null;
    const session = existing ? null : await startSession(storage, null);
    const personId = existing ?? session?.personId;
    if (!personId) throw new Error('no person');
    const result = await storage.acceptInvite({
      codeHash: hashToken(meeting.joinInviteCode),
      now: Date.now(),
      personId,
      member: { id: newId(), displayName: body.displayName, organisation: null, namedInExport: false },
    });
    if (!result.ok) {
      if (session) await storage.deleteSession(hashToken(session.token));
      throw new ApiError('not_found');
    }
    const werkgroep = await storage.getWerkgroep(meeting.werkgroepId);
    if (!werkgroep) throw new ApiError('not_found');
    const token = session?.token ?? (await startSession(storage, personId)).token;
    setSessionCookie(res, token, req.secure);
    req.log.info({ werkgroep: werkgroep.id, meeting: meeting.id, created: result.created }, 'joined by code');
    return {
      membership: { werkgroep: presentWerkgroep(werkgroep), member: presentMember(result.member) },
      token,
      meetingId: meeting.id,
    };
  });
}
