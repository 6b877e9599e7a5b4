import type { FilteredNetwork } from '../../../shared/network/filters';
import type { NetworkView } from '../../../shared/network/network';

/**
 * What every view of the wijknetwerk (table, graph, map) receives from the network page, so the page
 * can switch between them and keep the same filters and the same selected record.
 */
export interface NetworkViewProps {
  /** The whole network (names of parties outside the filter are still looked up here). */
  view: NetworkView;
  /** What the filters leave visible: the view draws only this. */
  shown: FilteredNetwork;
  /** The party or initiative the person opened (its details show beside or below the view). */
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}
