import { Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { createBoard, updateBoard } from '../../../domain/boards/boards';
import { boardFor } from '../../../domain/loaders';
import { actorOf, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { presentBoard } from '../../presenters/board';
import { publishBoard } from '../../roomState';
import { mount } from '../../route';
import { dotRounds } from './dotRound';
import { mountBoardToDocument } from './toDocument';

export function boardsRouter(deps: RouteDeps): Router {
  const { storage, rooms } = deps;
  const router = Router();
  const rounds = dotRounds(deps);

  mount(router, API.listBoards, async ({ req, params }) => {
    await requireMember(storage, req, params.werkgroepId, 'document.read');
    return (await storage.listBoards(params.werkgroepId)).map(presentBoard);
  });

  mount(router, API.createBoard, async ({ req, params, body }) => {
    const { member } = await requireMember(storage, req, params.werkgroepId, 'board.create');
    return publishBoard(rooms, await createBoard(deps, params.werkgroepId, member, body));
  });

  mount(router, API.getBoard, async ({ req, params }) => {
    const { board } = await boardFor(storage, params.werkgroepId, params.boardId, actorOf(req));
    return presentBoard(board);
  });

  mount(router, API.updateBoard, async ({ req, params, body }) => {
    const { board, member } = await boardFor(storage, params.werkgroepId, params.boardId, actorOf(req));
    const next = await updateBoard(deps, board, member, body, rounds);
    req.log.info({ board: board.id, change: Object.keys(body) }, 'board changed');
    return publishBoard(rooms, next);
  });

  mountBoardToDocument(router, deps);
  return router;
}
