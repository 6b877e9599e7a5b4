import { NETWORK_LIMITS } from '../../../shared/network/common';
import type { NetworkView } from '../../../shared/network/network';
import { detectOverlaps } from '../../../shared/network/overlap';
import type { Party } from '../../../shared/network/party';
import { loadNetwork } from '../../domain/network/state';
import type { Storage } from '../../storage/Storage';

/**
 * A party as shown. Its contact (stored only with consent) is shown to members who may see the
 * werkgroep's people (`members.view`: not a guest who joined by the projector's code); nothing of the
 * network is public yet.
 */
export const presentParty = (party: Party, withContact: boolean): Party =>
  withContact ? party : { ...party, contact: null };

/** The werkgroep's whole network and its recent changes, as GET …/netwerk and the room have it. */
export async function networkView(
  storage: Storage,
  werkgroepId: string,
  withContacts: boolean,
): Promise<NetworkView> {
  const [state, changes, outline] = await Promise.all([
    loadNetwork(storage, werkgroepId),
    storage.listNetworkChanges(werkgroepId, NETWORK_LIMITS.recentChanges),
    storage.getNetworkOutline(werkgroepId),
  ]);
  return {
    ...state,
    parties: state.parties.map((p) => presentParty(p, withContacts)),
    overlaps: detectOverlaps(state.initiatives),
    changes,
    outline,
  };
}
