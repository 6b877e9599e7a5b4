import { type ComponentType, lazy } from 'react';
import { TableView } from './table/TableView';
import type { NetworkViewProps } from './viewProps';

/** A way of showing the network the switcher offers; its id is what `?weergave=` holds. */
export interface NetworkViewEntry {
  id: string;
  /** Catalogue key of its name in the switcher. */
  label: string;
  Component: ComponentType<NetworkViewProps>;
}

/** The table: the accessible equivalent of every other view, and the one a phone opens with. */
export const TABLE_VIEW: NetworkViewEntry = {
  id: 'tabel',
  label: 'network.views.table',
  Component: TableView,
};

/**
 * The views in the switcher, in its order. On a wide screen the page opens with the first; on a phone
 * always with the table. Add a view here (lazily loaded: `lazy(() => import(...))`, the page renders views
 * inside Suspense), e.g. `{ id: 'netwerk', label: 'network.views.graph', Component: NetworkGraph }` first
 * and `{ id: 'kaart', label: 'network.views.map', Component: NetworkMap }` last.
 */
export const NETWORK_VIEWS: readonly NetworkViewEntry[] = [
  {
    id: 'netwerk',
    label: 'network.views.graph',
    Component: lazy(() => import('./graph/NetworkGraph').then((m) => ({ default: m.NetworkGraph }))),
  },
  TABLE_VIEW,
  {
    id: 'kaart',
    label: 'network.views.map',
    Component: lazy(() => import('./map/NetworkMap').then((m) => ({ default: m.NetworkMap }))),
  },
];

/** The view to show: the one asked for in the address, else the table on a phone or the first otherwise. */
export function pickView(
  views: readonly NetworkViewEntry[],
  asked: string | null,
  phone: boolean,
): NetworkViewEntry {
  return (
    views.find((v) => v.id === asked) ??
    (phone ? (views.find((v) => v.id === TABLE_VIEW.id) ?? TABLE_VIEW) : (views[0] ?? TABLE_VIEW))
  );
}
