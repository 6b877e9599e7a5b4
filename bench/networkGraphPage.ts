/**
 * The browser side of bench/networkGraph.ts, bundled on its own: the network graph's own code
 * (client/features/network/graph/graphCore.ts, the functions the page's component runs), with
 * cytoscape, and timers around them. Each figure ends when the browser has painted the result
 * (two animation frames: cytoscape draws on the next one).
 */

import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import { buildElements, visibleIds } from '../client/features/network/graph/elements';
import {
  applySelected,
  applyVisible,
  createGraph,
  fitVisible,
  syncElements,
  visibleNodeCount,
} from '../client/features/network/graph/graphCore';
import { filterNetwork, type NetworkFilters, NO_FILTERS } from '../shared/network/filters';
import type { NetworkView } from '../shared/network/network';

const painted = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );

let cy: Core | null = null;
let view: NetworkView | null = null;
/** As the component memoizes them per network. */
let edges: ReturnType<typeof buildElements>['edges'] = [];

export interface RenderTimes {
  /** Elements in, layout done (the positions are final). */
  layout: number;
  /** … and the first frame painted. */
  painted: number;
  nodes: number;
  edges: number;
}

/** Draws `network` on a fresh instance in #graph, as the page does the first time. */
export async function firstRender(network: NetworkView): Promise<RenderTimes> {
  cy?.destroy();
  view = network;
  edges = buildElements(network).edges;
  const container = document.getElementById('graph');
  if (!container) throw new Error('no #graph');
  const t0 = performance.now();
  const graph = createGraph(cytoscape, container, 1);
  syncElements(graph, network);
  applyVisible(graph, visibleIds(filterNetwork(network, NO_FILTERS), edges));
  applySelected(graph, null);
  fitVisible(graph);
  const layout = performance.now() - t0;
  cy = graph;
  return {
    layout,
    painted: (await painted()) - t0,
    nodes: graph.nodes().length,
    edges: graph.edges().length,
  };
}

/** Applies filters as the page does (filter, visible ids, hide and show) until painted. */
export async function applyFilters(filters: NetworkFilters): Promise<{ ms: number; visibleNodes: number }> {
  if (!cy || !view) throw new Error('render first');
  const t0 = performance.now();
  const shown = filterNetwork(view, filters);
  applyVisible(cy, visibleIds(shown, edges));
  const ms = (await painted()) - t0;
  return { ms, visibleNodes: visibleNodeCount(cy) };
}

/** Where each node ended up: the same network must land in the same place every run. */
export function positions(): string {
  if (!cy) return '';
  return cy
    .nodes()
    .map((n) => `${n.id()}:${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)
    .join(';');
}
