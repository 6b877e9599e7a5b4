import { z } from 'zod';
import { boardSchema, boardToDocumentSchema, createBoardSchema, updateBoardSchema } from '../schemas/board';
import { idSchema } from '../schemas/common';
import type { RouteDef } from './routes';

const werkgroepParams = z.object({ werkgroepId: idSchema });
const boardParams = z.object({ werkgroepId: idSchema, boardId: idSchema });

/** Boards (borden); part of API in routes.ts. Their content travels over their sync rooms. */
export const BOARD_API = {
  listBoards: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/boards',
    summary: 'Boards of a werkgroep, oldest first',
    auth: 'member',
    params: werkgroepParams,
    response: z.array(boardSchema),
  },
  createBoard: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/boards',
    summary: 'Create a board, blank or from a template',
    auth: 'member',
    params: werkgroepParams,
    body: createBoardSchema,
    response: boardSchema,
    status: 201,
  },
  getBoard: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/boards/:boardId',
    summary: 'A board: its settings and the rooms that hold its content',
    auth: 'member',
    params: boardParams,
    response: boardSchema,
  },
  updateBoard: {
    method: 'patch',
    path: '/api/werkgroepen/:werkgroepId/boards/:boardId',
    summary:
      'Rename; lock the board or a frame; silent brainstorm and reveal; timer (facilitator, except renaming)',
    auth: 'member',
    params: boardParams,
    body: updateBoardSchema,
    response: boardSchema,
  },
  boardToDocument: {
    method: 'post',
    path: '/api/werkgroepen/:werkgroepId/boards/:boardId/to-document',
    summary:
      'Turn a note or a frame into a new section, or a list in a section, of a document (with a link back)',
    auth: 'member',
    params: boardParams,
    body: boardToDocumentSchema,
    response: z.object({ documentId: idSchema, sectionId: idSchema }),
    status: 201,
  },
} as const satisfies Record<string, RouteDef>;
