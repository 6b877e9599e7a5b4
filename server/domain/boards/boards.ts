import type { z } from 'zod';
import { BOARD_TEMPLATE_FRAMES } from '../../../shared/boards/templates';
import { can } from '../../../shared/permissions';
import {
  BOARD_LIMITS,
  type BoardTimer,
  type createBoardSchema,
  type UpdateBoard,
} from '../../../shared/schemas/board';
import { memberGroup } from '../../../shared/schemas/member';
import { addFrame, readFrames } from '../../../shared/sync/boardDoc';
import { boardRooms } from '../../../shared/sync/rooms';
import { countdownOf, secondsLeft } from '../../../shared/time/countdown';
import { newId } from '../../auth/tokens';
import type { BoardRow } from '../../storage/BoardStore';
import type { Storage } from '../../storage/Storage';
import type { MemberRow } from '../../storage/WorkspaceStore';
import type { DomainDeps } from '../deps';
import { DomainError } from '../errors';
import { moveContent } from './moveContent';

/**
 * A board's dot round is a vote of the werkgroep's voting engine; the board asks it to start one on
 * its notes (returning what the board records of it) or to close the open one.
 */
export interface DotRounds {
  start(board: BoardRow, actorMemberId: string, dots: number): Promise<NonNullable<BoardRow['dotRound']>>;
  close(voteId: string, actorMemberId: string): Promise<void>;
}

/** A new board, with its template's frames in its open room (limit_reached past the maximum). */
export async function createBoard(
  { storage, rooms }: DomainDeps,
  werkgroepId: string,
  member: MemberRow,
  input: z.output<typeof createBoardSchema>,
): Promise<BoardRow> {
  if ((await storage.listBoards(werkgroepId)).length >= BOARD_LIMITS.perWerkgroep)
    throw new DomainError('limit_reached');
  const row: BoardRow = {
    id: newId(),
    werkgroepId,
    title: input.title,
    template: input.template,
    locked: false,
    lockedFrames: [],
    silent: false,
    timer: { endsAt: null, pausedSeconds: null },
    dotRound: null,
    createdBy: member.id,
    createdAt: Date.now(),
  };
  await storage.createBoard(row);
  const frames = BOARD_TEMPLATE_FRAMES[input.template];
  if (frames.length > 0) {
    await rooms.write(boardRooms(row.id, member.id).board, (doc) => {
      for (const f of frames) addFrame(doc, { id: newId(), ...f });
    });
  }
  return row;
}

export function nextTimer(
  timer: BoardTimer,
  change: NonNullable<UpdateBoard['timer']>,
  now: number,
): BoardTimer {
  // Rounded up like every screen's countdown, so pausing keeps the time the screens showed.
  const left = secondsLeft(countdownOf(timer), now);
  switch (change.action) {
    case 'start':
      return { endsAt: new Date(now + change.seconds * 1000).toISOString(), pausedSeconds: null };
    case 'pause':
      return { endsAt: null, pausedSeconds: left ?? null };
    case 'resume':
      return left ? { endsAt: new Date(now + left * 1000).toISOString(), pausedSeconds: null } : timer;
    case 'clear':
      return { endsAt: null, pausedSeconds: null };
  }
}

type Patch = Parameters<Storage['updateBoard']>[1];

/** A board being changed: `current` is it as stored so far, `patch` stores one more change. */
interface Changing {
  current: () => BoardRow;
  patch: (p: Patch) => Promise<void>;
}

/**
 * Moves frames between the open and the locked room, and hidden notes onto the board. Locking moves
 * rooms first and records it after; both steps can be repeated, so a lock or unlock cut short (the
 * process died between them) is finished by asking again: what counts is where the frame is.
 */
async function moveBoardContent(
  { storage, rooms }: DomainDeps,
  board: BoardRow,
  member: MemberRow,
  body: UpdateBoard,
  { current, patch }: Changing,
): Promise<void> {
  const r = boardRooms(board.id, member.id);
  if (body.lockFrame) {
    const frame = body.lockFrame;
    // The frame and its notes move to the locked room, which only the facilitator writes.
    const moved = await moveContent(rooms, r.board, r.locked, { frame });
    if (!moved && !(await rooms.read(r.locked, (doc) => readFrames(doc).some((f) => f.id === frame))))
      throw new DomainError('not_found');
    const { lockedFrames } = current();
    if (!lockedFrames.includes(frame)) await patch({ lockedFrames: [...lockedFrames, frame] });
  }
  if (body.unlockFrame) {
    const frame = body.unlockFrame;
    await moveContent(rooms, r.locked, r.board, { frame });
    const { lockedFrames } = current();
    if (lockedFrames.includes(frame)) await patch({ lockedFrames: lockedFrames.filter((f) => f !== frame) });
  }
  if (body.reveal || body.silent === false) {
    // Hidden notes (each member's draft room) come onto the board: everyone's, or one group's.
    const group = body.silent === false || body.reveal === 'all' ? null : body.reveal;
    for (const m of await storage.listMembers(board.werkgroepId)) {
      if (group && memberGroup(m.role) !== group) continue;
      await moveContent(rooms, boardRooms(board.id, m.id).mine, r.board, { all: true });
    }
  }
}

/**
 * The facilitator's controls on a board (a member who may create boards may only rename one), in a
 * fixed order: title, frames and hidden notes, silence, lock, timer, dot round. Returns the board as
 * stored after all of them.
 */
export async function updateBoard(
  deps: DomainDeps,
  board: BoardRow,
  member: MemberRow,
  body: UpdateBoard,
  dotRounds: DotRounds,
): Promise<BoardRow> {
  const { storage, rooms } = deps;
  const onlyTitle = Object.keys(body).every((k) => k === 'title');
  if (!can(member.role, onlyTitle ? 'board.create' : 'board.manage')) throw new DomainError('forbidden');
  let next: BoardRow = board;
  const patch = async (p: Patch) => {
    next = (await storage.updateBoard(board.id, p)) ?? next;
  };
  if (body.title !== undefined) await patch({ title: body.title });
  await moveBoardContent(deps, board, member, body, { current: () => next, patch });
  if (body.silent !== undefined) await patch({ silent: body.silent });
  if (body.locked !== undefined && body.locked !== next.locked) {
    await patch({ locked: body.locked });
    // Sockets reconnect with the new right (read-only while the board is locked).
    rooms.closeRoom(boardRooms(board.id, member.id).board, { kind: 'lacking', action: 'board.manage' });
  }
  if (body.timer) await patch({ timer: nextTimer(next.timer, body.timer, Date.now()) });
  if (body.dotRound?.action === 'start')
    await patch({ dotRound: await dotRounds.start(next, member.id, body.dotRound.dots) });
  if (body.dotRound?.action === 'close' && next.dotRound)
    await dotRounds.close(next.dotRound.voteId, member.id);
  return next;
}
