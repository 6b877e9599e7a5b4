import crypto from 'node:crypto';
import { can } from '../../shared/permissions';
import { MEETING_LIMITS, type REACTIONS } from '../../shared/schemas/meeting';
import { memberGroup } from '../../shared/schemas/member';
import { readHands, readReactions, writeHands, writeReactions } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import type { MeetingRow } from '../storage/MeetingStore';
import type { MemberRow } from '../storage/WorkspaceStore';
import type { Rooms } from './deps';
import { DomainError } from './errors';
import { refusal } from './loaders';

type Reaction = (typeof REACTIONS)[number];

/** At most one reaction per member per this many ms: a screen full of thumbs helps nobody. */
const REACTION_GAP_MS = 1500;

/** Hands and reactions are for members who take part (a waiting guest hears not_confirmed), while it runs. */
function mayTakePart(meeting: MeetingRow, member: MemberRow): void {
  if (!can(member.role, 'meeting.participate')) throw new DomainError(refusal(member, 'meeting.participate'));
  if (meeting.status !== 'running') throw new DomainError('meeting_not_running');
}

/** Raises or lowers the member's hand in the meeting's room, keeping the order hands went up in. */
export async function raiseHand(rooms: Rooms, meeting: MeetingRow, member: MemberRow, up: boolean) {
  mayTakePart(meeting, member);
  // Read and written in one go inside the room, so hands raised at the same moment keep their order.
  await rooms.write(roomName('session', meeting.id), (doc) => {
    const hands = readHands(doc).filter((h) => h.memberId !== member.id);
    if (up && hands.length < MEETING_LIMITS.handsMax) {
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
}

/**
 * Reactions on the room screen, by group (never by name). Remembers when each member last reacted,
 * so one member reacts at most once per REACTION_GAP_MS (rate_limited otherwise).
 */
export function meetingReactions(rooms: Rooms) {
  const lastReaction = new Map<string, number>();
  return async (meeting: MeetingRow, member: MemberRow, reaction: Reaction) => {
    mayTakePart(meeting, member);
    const now = Date.now();
    if (now - (lastReaction.get(member.id) ?? 0) < REACTION_GAP_MS) throw new DomainError('rate_limited');
    lastReaction.set(member.id, now);
    await rooms.write(roomName('session', meeting.id), (doc) =>
      writeReactions(doc, [
        ...readReactions(doc).slice(-(MEETING_LIMITS.reactionsKept - 1)),
        {
          id: crypto.randomUUID(),
          reaction,
          group: memberGroup(member.role),
          at: new Date(now).toISOString(),
        },
      ]),
    );
  };
}

/** Writes the minutes of one agenda item: the facilitator or the meeting's notetaker. */
export function itemNotesPatch(meeting: MeetingRow, member: MemberRow, itemId: string, notes: string) {
  if (!can(member.role, 'meeting.manage') && meeting.notetakerMemberId !== member.id)
    throw new DomainError('forbidden');
  if (!meeting.agenda.some((i) => i.id === itemId)) throw new DomainError('not_found');
  return { notes: { ...meeting.notes, [itemId]: notes } };
}
