import { type Request, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { BOARD_TEMPLATE_FRAMES } from '../../../../shared/boards/templates';
import { can } from '../../../../shared/permissions';
import { BOARD_LIMITS, type BoardTimer, type UpdateBoard } from '../../../../shared/schemas/board';
import { memberGroup } from '../../../../shared/schemas/member';
import { VOTE_LIMITS } from '../../../../shared/schemas/vote';
import { addFrame, readFrames, readNotes } from '../../../../shared/sync/boardDoc';
import { boardRooms } from '../../../../shared/sync/rooms';
import { newId } from '../../../auth/tokens';
import type { BoardRow } from '../../../storage/BoardStore';
import type { Storage } from '../../../storage/Storage';
import type { VoteRow } from '../../../storage/VoteStore';
import { SERVER_ORIGIN } from '../../../sync/origins';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publishBoard } from '../../roomState';
import { mount } from '../../route';
import { voteService } from '../votes/service';
import { moveContent } from './moves';
import { presentBoard } from './present';
import { mountBoardToDocument } from './toDocument';

async function boardFor(storage: Storage, req: Request, werkgroepId: string, boardId: string) {
  const { member } = await requireMember(storage, req, werkgroepId, 'document.read');
  const board = await storage.getBoard(boardId);
  if (!board || board.werkgroepId !== werkgroepId) throw new ApiError('not_found');
  return { board, member };
}

function nextTimer(timer: BoardTimer, change: NonNullable<UpdateBoard['timer']>, now: number): BoardTimer {
  const left = timer.endsAt
    ? Math.max(0, Math.round((Date.parse(timer.endsAt) - now) / 1000))
    : timer.pausedSeconds;
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

export function boardsRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  const votes = voteService(storage, rooms);

  /**
   * A dot round is a vote of the werkgroep's voting engine (server-authoritative, one ballot per member,
   * counted per group) whose options are the notes on the board now; an open round is closed first.
   */
  async function startDotRound(board: BoardRow, actorMemberId: string, dots: number) {
    if (board.dotRound) {
      const previous = await storage.getVote(board.dotRound.voteId);
      if (previous?.status === 'open') await votes.close(previous, actorMemberId, '');
    }
    const r = boardRooms(board.id, actorMemberId);
    const notes = [
      ...(await rooms.read(r.board, readNotes)),
      ...(await rooms.read(r.locked, readNotes)),
    ].slice(0, VOTE_LIMITS.boardOptionsMax);
    if (notes.length < VOTE_LIMITS.optionsMin)
      throw new ApiError('bad_request', [{ path: 'dotRound', message: 'at least two notes' }]);
    const row: VoteRow = {
      id: newId(),
      werkgroepId: board.werkgroepId,
      boardId: board.id,
      question: board.title,
      explanation: '',
      options: notes.map((n, i) => ({ id: `o${i + 1}`, label: n.text.slice(0, VOTE_LIMITS.optionLabelMax) })),
      settings: {
        method: 'dots',
        rule: 'gelijk_gewicht',
        maxChoices: null,
        dots,
        partnersAdvise: false,
        quorum: { bewoners: 0, ambtenaren: 0 },
        secret: false,
        results: 'live',
      },
      status: 'draft',
      createdBy: actorMemberId,
      createdAt: Date.now(),
      openedAt: null,
      closedAt: null,
    };
    await storage.createVote(row);
    const opened = await storage.openVote(row.id, Date.now(), actorMemberId);
    if (opened) await votes.publish(opened);
    return { voteId: row.id, noteIds: notes.map((n) => n.id) };
  }

  const publish = (b: BoardRow) => publishBoard(rooms, b);

  mount(router, API.listBoards, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listBoards(params.werkgroepId)).map(presentBoard);
  });

  mount(router, API.createBoard, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'board.create');
    if ((await storage.listBoards(params.werkgroepId)).length >= BOARD_LIMITS.perWerkgroep)
      throw new ApiError('limit_reached');
    const row: BoardRow = {
      id: newId(),
      werkgroepId: params.werkgroepId,
      title: body.title,
      template: body.template,
      locked: false,
      lockedFrames: [],
      silent: false,
      timer: { endsAt: null, pausedSeconds: null },
      dotRound: null,
      createdBy: member.id,
      createdAt: Date.now(),
    };
    await storage.createBoard(row);
    const frames = BOARD_TEMPLATE_FRAMES[body.template];
    if (frames.length > 0) {
      await rooms.write(boardRooms(row.id, member.id).board, (doc) => {
        for (const f of frames) addFrame(doc, { id: newId(), ...f }, SERVER_ORIGIN);
      });
    }
    return publish(row);
  });

  mount(router, API.getBoard, async ({ req, params }) => {
    const { board } = await boardFor(storage, req, params.werkgroepId, params.boardId);
    return presentBoard(board);
  });

  mount(router, API.updateBoard, async ({ req, params, body }) => {
    const { board, member } = await boardFor(storage, req, params.werkgroepId, params.boardId);
    const onlyTitle = Object.keys(body).every((k) => k === 'title');
    if (!can(member.role, onlyTitle ? 'board.create' : 'board.manage')) throw new ApiError('forbidden');
    const r = boardRooms(board.id, member.id);
    let next: BoardRow = board;
    const patch = async (p: Parameters<Storage['updateBoard']>[1]) => {
      next = (await storage.updateBoard(board.id, p)) ?? next;
    };
    if (body.title !== undefined) await patch({ title: body.title });
    // Locking moves rooms first and records it after; both steps can be repeated, so a lock or unlock
    // cut short (the process died between them) is finished by asking again: what counts is where
    // the frame is.
    if (body.lockFrame) {
      const frame = body.lockFrame;
      // The frame and its notes move to the locked room, which only the facilitator writes.
      const moved = await moveContent(rooms, r.board, r.locked, { frame });
      if (!moved && !(await rooms.read(r.locked, (doc) => readFrames(doc).some((f) => f.id === frame))))
        throw new ApiError('not_found');
      if (!next.lockedFrames.includes(frame)) await patch({ lockedFrames: [...next.lockedFrames, frame] });
    }
    if (body.unlockFrame) {
      const frame = body.unlockFrame;
      await moveContent(rooms, r.locked, r.board, { frame });
      if (next.lockedFrames.includes(frame))
        await patch({ lockedFrames: next.lockedFrames.filter((f) => f !== frame) });
    }
    if (body.reveal || body.silent === false) {
      // Hidden notes (each member's draft room) come onto the board: everyone's, or one group's.
      const group = body.silent === false || body.reveal === 'all' ? null : body.reveal;
      for (const m of await storage.listMembers(board.werkgroepId)) {
        if (group && memberGroup(m.role) !== group) continue;
        await moveContent(rooms, boardRooms(board.id, m.id).mine, r.board, { all: true });
      }
    }
    if (body.silent !== undefined) await patch({ silent: body.silent });
    if (body.locked !== undefined && body.locked !== next.locked) {
      await patch({ locked: body.locked });
      // Sockets reconnect with the new right (read-only while the board is locked).
      rooms.closeRoom(r.board, (identity) => !identity || !can(identity.role, 'board.manage'));
    }
    if (body.timer) await patch({ timer: nextTimer(next.timer, body.timer, Date.now()) });
    if (body.dotRound?.action === 'start')
      await patch({ dotRound: await startDotRound(next, member.id, body.dotRound.dots) });
    if (body.dotRound?.action === 'close' && next.dotRound) {
      const vote = await storage.getVote(next.dotRound.voteId);
      if (vote?.status === 'open') await votes.close(vote, member.id, '');
    }
    req.log.info({ board: board.id, change: Object.keys(body) }, 'board changed');
    return publish(next);
  });

  mountBoardToDocument(router, deps);
  return router;
}
