import type * as Y from 'yjs';
import type { Board } from '../../../shared/schemas/board';
import { BOARDS_MAP, readBoards } from '../../../shared/sync/werkgroepDoc';
import { useLiveMap } from '../../sync/useLiveMap';

const NO_BOARDS: Board[] = [];

/**
 * Every board's record (title, locks, silent round, timer), live from the werkgroep's room: the server
 * writes it there after each change, so a lock or a reveal reaches every screen without polling.
 */
export const useLiveBoards = (doc: Y.Doc | null): Board[] =>
  useLiveMap(doc, BOARDS_MAP, readBoards, NO_BOARDS);
