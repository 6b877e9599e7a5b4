import type * as Y from 'yjs';
import { can } from '../../shared/permissions';
import type { RoomKind } from '../../shared/sync/rooms';
import { applyWithinBoardLimits } from './boardLimits';
import type { ConnIdentity } from './SyncServer';

/**
 * Applies a client's update (`apply`) in a room of one kind and then makes the room keep that kind's
 * rules, as the server's own change. Returns what the server removed or repaired after it.
 */
export type UpdateRule = (
  doc: Y.Doc,
  apply: () => void,
  identity: ConnIdentity | null,
) => { removed: number; repaired: number };

/** [SYNC11] Boards: limits, field rules, and authors from the connection. */
const board: UpdateRule = (doc, apply, identity) =>
  applyWithinBoardLimits(doc, apply, {
    identity,
    // The facilitator's client moves notes between a board's rooms and keeps who wrote them.
    carriesAuthors: identity !== null && can(identity.role, 'board.manage'),
  });

/** Per room kind, what the server enforces on a client's update beyond a valid Yjs update. */
export const UPDATE_RULES: Partial<Record<RoomKind, UpdateRule>> = {
  board,
  boardlock: board,
  boarddraft: board,
};
