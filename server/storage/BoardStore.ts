import type { BoardTemplate, BoardTimer, DotRound } from '../../shared/schemas/board';
import { methodsOf } from './methods';

/** A board as stored. Times are milliseconds since the epoch. Its content lives in its rooms. */
export interface BoardRow {
  id: string;
  werkgroepId: string;
  title: string;
  template: BoardTemplate;
  locked: boolean;
  lockedFrames: string[];
  silent: boolean;
  timer: BoardTimer;
  dotRound: DotRound | null;
  createdBy: string;
  createdAt: number;
}

export interface BoardStore {
  createBoard(row: BoardRow): Promise<void>;
  getBoard(id: string): Promise<BoardRow | null>;
  /** Oldest first. */
  listBoards(werkgroepId: string): Promise<BoardRow[]>;
  updateBoard(
    id: string,
    patch: Partial<Pick<BoardRow, 'title' | 'locked' | 'lockedFrames' | 'silent' | 'timer' | 'dotRound'>>,
  ): Promise<BoardRow | null>;
}

export const BOARD_STORE_METHODS = methodsOf<BoardStore>({
  createBoard: true,
  getBoard: true,
  listBoards: true,
  updateBoard: true,
});
