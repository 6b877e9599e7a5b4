import { createContext, useContext } from 'react';
import type { NetworkActor } from '../../../shared/network/access';
import type { NetworkView } from '../../../shared/network/network';
import type { Member } from '../../../shared/schemas/member';
import type { SectionChoice } from './useNetworkData';

/** What is being added or changed in the side panel. */
export type Editing =
  | { kind: 'party'; id: string | null }
  | { kind: 'initiative'; id: string | null }
  | { kind: 'relation'; id: string | null; fromPartyId?: string };

/** What the page gives every part of the network screen (views, details, forms, lists). */
export interface NetworkContextValue {
  werkgroepId: string;
  actor: NetworkActor;
  /** The whole network (with contacts). */
  view: NetworkView;
  members: ReadonlyMap<string, Member>;
  sections: readonly SectionChoice[];
  /** Opens the form to add or change a record. */
  edit: (what: Editing) => void;
  /** Opens a party or initiative (null closes). */
  open: (id: string | null) => void;
  /** Opens the map view with initiative `id` open; with `choose`, choosing its place starts there. */
  showOnMap: (id: string, choose: boolean) => void;
}

export const NetworkContext = createContext<NetworkContextValue | null>(null);

export function useNetwork(): NetworkContextValue {
  const value = useContext(NetworkContext);
  if (!value) throw new Error('useNetwork outside the network page');
  return value;
}
