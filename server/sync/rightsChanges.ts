import { CloseCode } from '../../shared/sync/closeCodes';
import { closes, type RoomClose } from '../../shared/sync/roomClose';
import type { Connection } from './Connection';
import type { Relay } from './relay';

/**
 * [SYNC6] Rights changed: the affected sockets close with RightsChanged (4509) and their clients
 * reconnect with the new rights (or get a 4403). [SYNC10] The request goes to every other instance on
 * the relay's control stream, and each closes its own matching sockets; the counts are this instance's.
 */
export class RightsChanges {
  constructor(
    private readonly connections: ReadonlySet<Connection>,
    private readonly relay: Relay,
  ) {
    relay.listen({
      closeMember: (memberId) => this.closeLocalMember(memberId),
      closeRoom: (room, which) => this.closeLocalRoom(room, which),
    });
  }

  /** A member's rights changed (role, removal, name): all their sockets, in every room. */
  closeMember(memberId: string): number {
    this.relay.closeMember(memberId);
    return this.closeLocalMember(memberId);
  }

  /** The rights on one room changed (a section or board locked, a section deleted): the sockets `which` describes. */
  closeRoom(name: string, which: RoomClose): number {
    this.relay.closeRoom(name, which);
    return this.closeLocalRoom(name, which);
  }

  private closeLocalMember(memberId: string): number {
    return this.closeWhere((conn) => conn.identity?.memberId === memberId, 'your rights changed');
  }

  private closeLocalRoom(name: string, which: RoomClose): number {
    return this.closeWhere(
      (conn) => conn.roomName === name && closes(which, conn.identity),
      'the rights on this room changed',
    );
  }

  private closeWhere(match: (conn: Connection) => boolean, reason: string): number {
    let closed = 0;
    for (const conn of this.connections) {
      if (match(conn)) {
        conn.close(CloseCode.RightsChanged, reason);
        closed++;
      }
    }
    return closed;
  }
}
