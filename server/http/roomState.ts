import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import { composition } from '../../shared/schemas/member';
import { writeSections, writeThreads } from '../../shared/sync/documentDoc';
import { writeMeeting } from '../../shared/sync/meetingDoc';
import { type Room, roomName } from '../../shared/sync/rooms';
import {
  ROSTER_ID,
  type Roster,
  reconcileWerkgroep,
  writeBoard,
  writeMeetingSummary,
  writeRoster,
} from '../../shared/sync/werkgroepDoc';
import type { Rooms as DomainRooms } from '../domain/deps';
import { presentDecision, presentVote } from '../domain/votes/presenter';
import type { BoardRow } from '../storage/BoardStore';
import type { MeetingRow } from '../storage/MeetingStore';
import type { Storage } from '../storage/Storage';
import type { MemberRow } from '../storage/WorkspaceStore';
import { akkoordRoomChange } from './akkoordRoom';
import { monitoringRoomChange } from './monitoringRoom';
import { networkRoomChange } from './networkRoom';
import { presentBoard } from './presenters/board';
import { presentSection } from './presenters/document';
import { meetingSummary, presentMeeting } from './presenters/meeting';
import { presentThread } from './presenters/thread';

/**
 * What the rooms the server writes (`werkgroep:`, `doc:`, `session:`, `netwerk:`, `monitoring:`) hold, computed from the database,
 * the one source of truth. The routes publish a change with these functions after committing it; the
 * sync server runs `reconcileRoom` whenever it loads such a room, before any client gets sync, so a
 * room write lost to a crash or a failed commit after the database commit is repaired on the next
 * load. Both go through the same presenters and the same idempotent layout writers
 * (shared/sync/*Doc.ts), which set only what differs: a room that already agrees stores nothing.
 */
type Rooms = Pick<DomainRooms, 'write'>;

const sectionsOf = async (storage: Storage, documentId: string) =>
  (await storage.listSections(documentId)).map(presentSection);
const threadsOf = async (storage: Storage, documentId: string) =>
  (await storage.listThreads(documentId)).map(presentThread);

/** A document's sections as stored, into its structure room. */
export async function publishSections(storage: Storage, rooms: Rooms, documentId: string): Promise<void> {
  const sections = await sectionsOf(storage, documentId);
  await rooms.write(roomName('doc', documentId), (doc) => writeSections(doc, sections));
}

/** A document's comment threads as stored, into its structure room. */
export async function publishThreads(storage: Storage, rooms: Rooms, documentId: string): Promise<void> {
  const threads = await threadsOf(storage, documentId);
  await rooms.write(roomName('doc', documentId), (doc) => writeThreads(doc, threads));
}

/** A board's settings into the werkgroep room. */
export async function publishBoard(rooms: Rooms, board: BoardRow) {
  const view = presentBoard(board);
  await rooms.write(roomName('werkgroep', board.werkgroepId), (doc) => writeBoard(doc, view));
  return view;
}

/** A meeting into its session room, and its summary into the werkgroep room. */
export async function publishMeeting(rooms: Rooms, meeting: MeetingRow) {
  const view = presentMeeting(meeting, null);
  await rooms.write(roomName('session', meeting.id), (doc) => writeMeeting(doc, view));
  await rooms.write(roomName('werkgroep', meeting.werkgroepId), (doc) =>
    writeMeetingSummary(doc, meetingSummary(meeting)),
  );
  return view;
}

/**
 * The werkgroep's roster as the database has it: counts per group and a revision computed from who is
 * in it (id, role, name, organisation), so the same members give the same revision on every load.
 */
export function rosterOf(members: readonly MemberRow[]): Roster {
  const key = members
    .map((m) => [m.id, m.role, m.claimedRole ?? '', m.displayName, m.organisation ?? ''].join('\u0000'))
    .sort()
    .join('\u0001');
  return {
    id: ROSTER_ID,
    composition: composition(members.map((m) => m.role)),
    revision: createHash('sha256').update(key).digest('base64url').slice(0, 16),
  };
}

/** Who is in a werkgroep, into its room: after every join, role or name change, leave and removal. */
export async function publishRoster(storage: Storage, rooms: Rooms, werkgroepId: string): Promise<void> {
  const roster = rosterOf(await storage.listMembers(werkgroepId));
  await rooms.write(roomName('werkgroep', werkgroepId), (doc) => writeRoster(doc, roster));
}

/** A change to apply to a just-loaded room. */
export type RoomChange = (doc: Y.Doc) => void;

/**
 * What brings a server-written room in line with the database, or null for rooms the server does
 * not write (or whose werkgroep, document or meeting is not in the database: nothing to compare).
 */
export async function reconcileRoom(storage: Storage, room: Room): Promise<RoomChange | null> {
  switch (room.kind) {
    case 'werkgroep': {
      if (!(await storage.getWerkgroep(room.id))) return null;
      const [votes, decisions, boards, meetings, members] = await Promise.all([
        storage.listVotes(room.id),
        storage.listDecisions(room.id),
        storage.listBoards(room.id),
        storage.listMeetings(room.id),
        storage.listMembers(room.id),
      ]);
      // What loadVoteView does per vote, with the werkgroep's members and decisions read once.
      const decisionOf = new Map(decisions.map((d) => [d.voteId, d]));
      const published = votes.filter((v) => v.status !== 'draft');
      const ballots = await Promise.all(published.map((v) => storage.listBallots(v.id)));
      const state = {
        votes: published.map((v, i) =>
          presentVote(
            v,
            ballots[i] ?? [],
            members,
            v.status === 'closed' ? (decisionOf.get(v.id) ?? null) : null,
          ),
        ),
        decisions: decisions.map(presentDecision),
        boards: boards.map(presentBoard),
        meetings: meetings.map(meetingSummary),
        roster: rosterOf(members),
      };
      return (doc) => reconcileWerkgroep(doc, state);
    }
    case 'doc': {
      if (!(await storage.getDocument(room.id))) return null;
      const [sections, threads] = await Promise.all([
        sectionsOf(storage, room.id),
        threadsOf(storage, room.id),
      ]);
      return (doc) => {
        writeSections(doc, sections);
        writeThreads(doc, threads);
      };
    }
    case 'session': {
      const meeting = await storage.getMeeting(room.id);
      if (!meeting) return null;
      const view = presentMeeting(meeting, null);
      return (doc) => writeMeeting(doc, view);
    }
    case 'netwerk': {
      if (!(await storage.getWerkgroep(room.id))) return null;
      return networkRoomChange(storage, room.id);
    }
    case 'akkoordstand': {
      if (!(await storage.getWerkgroep(room.id))) return null;
      return akkoordRoomChange(storage, room.id);
    }
    case 'monitoring': {
      if (!(await storage.getWerkgroep(room.id))) return null;
      return monitoringRoomChange(storage, room.id);
    }
    default:
      return null;
  }
}
