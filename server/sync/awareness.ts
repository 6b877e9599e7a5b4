import { CloseCode } from '../../shared/sync/closeCodes';
import type { Connection } from './Connection';
import { type AwarenessEntry, ProtocolError } from './messages';
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
