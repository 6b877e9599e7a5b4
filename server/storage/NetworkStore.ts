import type { NetworkChange, NetworkEntity } from '../../shared/network/change';
import type { InitiativeRecord } from '../../shared/network/initiative';
import type { WijkOutline } from '../../shared/network/outline';
import type { OverlapMark } from '../../shared/network/overlapMark';
import { pairKey } from '../../shared/network/overlapMark';
import type { Party } from '../../shared/network/party';
import type { Relation } from '../../shared/network/relation';
import { methodsOf } from './methods';

/** One record of a werkgroep's network, by what it is. */
export type NetworkItem =
  | { entity: 'party'; value: Party }
  | { entity: 'initiative'; value: InitiativeRecord }
  | { entity: 'relation'; value: Relation }
  | { entity: 'overlap'; value: OverlapMark };

/** What a record can be (the wijkgrens is not a record: one per werkgroep, see `setNetworkOutline`). */
export type NetworkItemEntity = Exclude<NetworkEntity, 'outline'>;
export type NetworkRef = { entity: NetworkItemEntity; id: string };

/** The id a record is stored under: its own, or an overlap mark's pair key. */
export const itemId = (item: NetworkItem): string =>
  item.entity === 'overlap' ? pairKey(...item.value.initiativeIds) : item.value.id;

/** What one change writes: records to put (insert or replace) and records to remove, and its log line. */
export interface NetworkWrite {
  put: readonly NetworkItem[];
  remove: readonly NetworkRef[];
  change: NetworkChange;
}

/**
 * A werkgroep's network: parties, initiatives, relations and overlap marks, each kept whole (read
 * back with its shared schema), and the log of who changed what. A contact without consent never
 * reaches a backend (values.ts refuses it, [STORE-NET3]).
 */
export interface NetworkStore {
  /** Puts and removes in one transaction with the change's log line ([STORE-NET1], [STORE-NET2]). */
  writeNetwork(werkgroepId: string, write: NetworkWrite): Promise<void>;
  getNetworkItem(werkgroepId: string, ref: NetworkRef): Promise<NetworkItem | null>;
  /** Every record of the werkgroep, oldest first (by first creation). */
  listNetwork(werkgroepId: string): Promise<NetworkItem[]>;
  /** The newest `limit` log lines, newest first. */
  listNetworkChanges(werkgroepId: string, limit: number): Promise<NetworkChange[]>;
  /** The werkgroep's wijkgrens, or null when it has none. */
  getNetworkOutline(werkgroepId: string): Promise<WijkOutline | null>;
  /** Puts (or, with null, removes) the wijkgrens with the change's log line, in one transaction ([STORE-NET4]). */
  setNetworkOutline(werkgroepId: string, outline: WijkOutline | null, change: NetworkChange): Promise<void>;
}

export const NETWORK_STORE_METHODS = methodsOf<NetworkStore>({
  writeNetwork: true,
  getNetworkItem: true,
  listNetwork: true,
  listNetworkChanges: true,
  getNetworkOutline: true,
  setNetworkOutline: true,
});
