import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { MemberRole } from '../../shared/schemas/member';
import type { CloseCodeValue } from '../../shared/sync/closeCodes';
import type { Room } from '../../shared/sync/rooms';

/**
 * The types the sync files share. A leaf (as hocuspocus' types.ts): it imports nothing at runtime, so
 * the files that SyncServer.ts composes never import SyncServer.ts back.
 */

/** Who is on a connection, stamped on their presence ([SYNC7]). */
export interface ConnIdentity {
  memberId: string;
  werkgroepId: string;
  displayName: string;
  role: MemberRole;
}

/** The rights a connection gets at the upgrade ([SYNC6]). */
export interface Grant {
  readOnly: boolean;
  shareAwareness: boolean;
  identity: ConnIdentity | null;
}

export type Access = ({ ok: true } & Grant) | { ok: false; code: CloseCodeValue; reason: string };

/** Decides, at the upgrade and before any load, whether a request may open a room ([SYNC6]). */
export type Authorize = (request: IncomingMessage, room: Room) => Promise<Access>;

/**
 * For a room being loaded: the change that makes it agree with the database (computed from the
 * database; it should set only what differs), or null when the room kind has nothing to compare
 * ([SYNC12]).
 */
export type Reconcile = (room: Room) => Promise<((doc: Y.Doc) => void) | null>;
