import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { admitUpdate, budgetKey, type RoomSize, type UpdateBudgets } from './admission';
import type { AuthorRecorder } from './authors';
import type { Connection } from './Connection';
import { ProtocolError } from './messages';
import type { UpdateRule } from './roomRules';

/** What applying a client's update needs of its room. */
export interface UpdateTarget {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly size: RoomSize;
  readonly budgets: UpdateBudgets;
  /** The rule of this room kind ([SYNC11]), or null. */
  readonly rule: UpdateRule | null;
  /** Text rooms record who wrote what. */
  readonly authors: AuthorRecorder | null;
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * A client's update (sync step 2 or update): dropped on a read-only connection, admitted against the
 * size limits and budgets before anything is applied ([SYNC8]), applied under the room kind's rule
 * ([SYNC11]) with the connection as origin, and its client ids recorded as the member's ([SYNC6]).
 */
export function applyClientUpdate(room: UpdateTarget, conn: Connection, update: Uint8Array): void {
  if (conn.readOnly) return;
  admitUpdate(room.size, room.budgets, budgetKey(conn.identity, conn.id), update);
  try {
    if (!room.rule) Y.applyUpdate(room.doc, update, conn);
    else {
      const fixed = room.rule(room.doc, () => Y.applyUpdate(room.doc, update, conn), conn.identity);
      if (fixed.removed + fixed.repaired > 0)
        room.warn({ room: room.name, ...fixed }, 'room rules: update repaired');
    }
  } catch {
    throw new ProtocolError(CloseCode.InvalidUpdate, 'update could not be applied');
  }
  if (conn.identity && room.authors) room.authors.record(conn.identity, update);
}
