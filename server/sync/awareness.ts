import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from '../../shared/sync/closeCodes';
import type { Connection } from './Connection';
import { type AwarenessEntry, encodeAwarenessPayload, ProtocolError } from './messages';
import { REMOTE_ORIGIN } from './origins';
import type { ConnIdentity } from './types';

/** Most awareness client ids one connection may introduce. */
const MAX_CLIENT_IDS_PER_CONNECTION = 16;

/**
 * [SYNC7] A connection may set or remove only the awareness states of client ids it introduced.
 * The stock client re-sends every awareness change it hears, including other clients' states, so
 * entries for ids owned elsewhere are dropped silently rather than treated as an attack. Observers
 * and other connections without presence follow along unseen. Returns the entries to apply,
 * stamped with the member's identity.
 */
export function ownedEntries(
  owners: Map<number, Connection>,
  conn: Connection,
  entries: AwarenessEntry[],
): AwarenessEntry[] {
  if (!conn.shareAwareness) return [];
  const allowed: AwarenessEntry[] = [];
  for (const entry of entries) {
    const owner = owners.get(entry.clientID);
    if (owner === conn) {
      allowed.push(entry);
    } else if (owner === undefined && entry.state !== null) {
      if (conn.awarenessIds.size >= MAX_CLIENT_IDS_PER_CONNECTION) {
        throw new ProtocolError(CloseCode.InvalidUpdate, 'too many awareness client ids');
      }
      owners.set(entry.clientID, conn);
      conn.awarenessIds.add(entry.clientID);
      allowed.push(entry);
    }
  }
  const identity = conn.identity;
  return identity ? allowed.map((e) => stampIdentity(e, identity)) : allowed;
}

/**
 * [SYNC7] The name and role others see come from the member record, never from the client: the
 * server overwrites `user.name`, `user.role` and `user.memberId` (a client may choose only its colour).
 */
function stampIdentity(entry: AwarenessEntry, identity: ConnIdentity): AwarenessEntry {
  if (entry.state === null) return entry;
  const user = entry.state.user;
  const color = typeof user === 'object' && user !== null ? (user as { color?: unknown }).color : undefined;
  return {
    ...entry,
    state: {
      ...entry.state,
      user: {
        ...(typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? { color } : {}),
        name: identity.displayName,
        role: identity.role,
        memberId: identity.memberId,
      },
    },
  };
}

/**
 * A room's awareness states and who owns each: a connection here ([SYNC7]) or one on another instance
 * ([SYNC10]; those states arrive with REMOTE_ORIGIN and no connection here may set or remove them).
 * Changes this instance's own connections make are published to the other instances.
 */
export class RoomPresence {
  private readonly owners = new Map<number, Connection>();
  private readonly remote = new Set<number>();

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    /** Null on a single instance. */
    private readonly publish: ((update: Uint8Array) => void) | null,
  ) {}

  /** [SYNC7] Applies the entries this connection owns, stamped with who it is. */
  apply(conn: Connection, entries: AwarenessEntry[]): void {
    const mine = entries.filter((entry) => !this.remote.has(entry.clientID));
    const allowed = ownedEntries(this.owners, conn, mine).map((entry) => {
      // A client that reconnects (after RightsChanged, or a dropped network) sends its state again with
      // the clock it had. The server removed that state when the old socket closed, keeping its clock,
      // and the usual rule (only a higher clock wins) would drop the state until the client renews it
      // some 15 s later: the person would be missing from every presence list meanwhile. A state from
      // its owner that the room no longer has is new: it gets a clock past the one the room knows.
      const known = this.awareness.meta.get(entry.clientID)?.clock;
      return entry.state !== null &&
        known !== undefined &&
        entry.clock <= known &&
        !this.awareness.states.has(entry.clientID)
        ? { ...entry, clock: known + 1 }
        : entry;
    });
    if (allowed.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessPayload(allowed), conn);
  }

  /** When a connection closes, its states are removed for everyone (on every instance). */
  removeConnection(conn: Connection): void {
    const owned = [...this.owners].filter(([, owner]) => owner === conn).map(([id]) => id);
    for (const id of owned) this.owners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, conn);
  }

  /** [SYNC10] Awareness another instance published for its own connections. */
  applyRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  /** After every change: remembers whose states live elsewhere and publishes this instance's own. */
  changed(change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    for (const id of change.removed) this.remote.delete(id);
    if (origin === REMOTE_ORIGIN) {
      for (const id of [...change.added, ...change.updated]) this.remote.add(id);
      return;
    }
    // Every instance times out states nobody renewed; only the owner's own changes are news to the others.
    if (!this.publish || origin === 'timeout') return;
    const ids = [...change.added, ...change.updated, ...change.removed].filter((id) => !this.remote.has(id));
    if (ids.length > 0) this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }
}
