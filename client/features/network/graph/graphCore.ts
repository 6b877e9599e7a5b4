import type { Core, CoseLayoutOptions, ElementDefinition, LayoutOptions } from 'cytoscape';
import type { NetworkView } from '../../../../shared/network/network';
import { buildElements, edgeClasses, type GraphEdge, type GraphNode, nodeClasses } from './elements';
import { type Point, placeNear, seedPositions } from './seed';
import { graphStyle } from './style';

/**
 * The graph's work on a cytoscape instance, apart from React so the benchmark (bench/networkGraph.ts)
 * measures exactly what the page runs. Document state (the network) comes in; what the person does
 * (zoom, pan, dragged nodes) stays in the instance and is never synced.
 */
export type Cytoscape = typeof import('cytoscape');

/**
 * Up to this many nodes the force layout refines the seeded start; above it the seeded positions
 * (buurt clusters, initiatives beside their parties) are drawn as they are. Measured with
 * `npm run bench:network` (bench/README.md): cose costs over a second even with no iterations at
 * 900 nodes and several seconds with enough to matter, while the seeded start draws in a fraction.
 */
export const FORCE_LAYOUT_MAX_NODES = 400;

/**
 * The layout of a first render. Both kinds use no randomness: the seeded start depends only on the
 * ids, and cose with `randomize: false` (and no two nodes on one spot) is deterministic, so the
 * same network lands in the same place every time.
 */
export function layoutOptions(nodeCount: number): LayoutOptions {
  // No fit here: the caller fits once, by the nodes' boxes (fitVisible).
  return nodeCount > FORCE_LAYOUT_MAX_NODES ? { name: 'preset', fit: false } : coseOptions(nodeCount);
}

function coseOptions(nodeCount: number): CoseLayoutOptions {
  const small = nodeCount <= 150;
  return {
    name: 'cose',
    randomize: false,
    animate: false,
    fit: false,
    numIter: small ? 1000 : 200,
    initialTemp: small ? 1000 : 300,
    nodeRepulsion: () => 8000,
    idealEdgeLength: () => 60,
    componentSpacing: 60,
    // Room for labels keeps names off other nodes; on a larger network that costs more than it gives.
    nodeDimensionsIncludeLabels: small,
  };
}

/**
 * A graph on `container`. Not `interactive` (the room screen, a phone following a meeting): no
 * zooming, panning or dragging, so a finger scrolls the page instead of being caught by the canvas.
 */
export function createGraph(
  cytoscape: Cytoscape,
  container: HTMLElement,
  scale: number,
  interactive = true,
): Core {
  return cytoscape({
    container,
    style: graphStyle(scale),
    minZoom: 0.1,
    maxZoom: 4,
    userZoomingEnabled: interactive,
    userPanningEnabled: interactive,
    autoungrabify: !interactive,
    boxSelectionEnabled: false,
    // Selection is the page's (selectedId), drawn by a class; cytoscape's own would be a second one.
    selectionType: 'single',
    autounselectify: true,
    // Canvas text is drawn per frame; hiding edges while panning keeps a large network smooth.
    hideEdgesOnViewport: true,
  });
}

const nodeDef = (n: GraphNode, position: Point): ElementDefinition => ({
  group: 'nodes',
  data: { ...n },
  classes: nodeClasses(n),
  position: { ...position },
});
const edgeDef = (e: GraphEdge): ElementDefinition => ({
  group: 'edges',
  data: { ...e },
  classes: edgeClasses(e),
});

/**
 * Makes the graph show `view`. The first time it lays everything out; after that nodes keep their
 * place, a new node goes beside the nodes it connects to, removed ones go, and changed ones are
 * relabelled and restyled: a live change never reshuffles the graph. Returns whether it laid out.
 */
export function syncElements(cy: Core, view: NetworkView): boolean {
  const { nodes, edges } = buildElements(view);
  const first = cy.nodes().length === 0;
  const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
  cy.batch(() => {
    cy.elements()
      .filter((el) => !wanted.has(el.id()))
      .remove();
    if (first) {
      const seeds = seedPositions(view);
      cy.add([...nodes.map((n) => nodeDef(n, seeds.get(n.id) ?? { x: 0, y: 0 })), ...edges.map(edgeDef)]);
      return;
    }
    const seeds = nodes.some((n) => cy.getElementById(n.id).empty()) ? seedPositions(view) : null;
    const neighbours = new Map<string, Point[]>();
    for (const e of edges)
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        const other = cy.getElementById(b);
        if (other.nonempty()) neighbours.set(a, [...(neighbours.get(a) ?? []), { ...other.position() }]);
      }
    for (const n of nodes) {
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) {
        existing.data(n);
        existing.classes(nodeClasses(n));
      } else {
        const fallback = seeds?.get(n.id) ?? { x: 0, y: 0 };
        cy.add(nodeDef(n, placeNear(n.id, neighbours.get(n.id) ?? [], fallback)));
      }
    }
    for (const e of edges) {
      const existing = cy.getElementById(e.id);
      if (existing.nonempty()) {
        existing.data(e);
        existing.classes(edgeClasses(e));
      } else cy.add(edgeDef(e));
    }
  });
  if (first && nodes.length > 0) cy.layout(layoutOptions(nodes.length)).run();
  return first;
}

/** Shows only `visible` (filters): hidden elements keep their position, nothing is laid out again. */
export function applyVisible(cy: Core, visible: ReadonlySet<string>): void {
  // Two collections changed at once restyle once, not element by element.
  const hide = cy.elements().filter((el) => !el.hasClass('hidden') && !visible.has(el.id()));
  const show = cy.elements('.hidden').filter((el) => visible.has(el.id()));
  if (hide.empty() && show.empty()) return;
  cy.batch(() => {
    hide.addClass('hidden');
    show.removeClass('hidden');
  });
}

export function applySelected(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.nodes('.is-selected').removeClass('is-selected');
    if (id) cy.getElementById(id).addClass('is-selected');
  });
}

/** Brings the selected node into view when it is outside (opened from the table or a link), zoom kept. */
export function revealSelected(cy: Core, id: string | null): void {
  const node = id ? cy.getElementById(id) : null;
  if (!node || node.empty() || node.hasClass('hidden')) return;
  const { x, y } = node.position();
  const e = cy.extent();
  if (x < e.x1 || x > e.x2 || y < e.y1 || y > e.y2) cy.center(node);
}

/** Zoom by a factor around the middle of the canvas (the + and − buttons). */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({
    level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

/**
 * Fits what is visible (all of it when nothing is). By the nodes' own boxes, without measuring every
 * label and edge as `cy.fit` does: on a large network that took most of the first render.
 */
export function fitVisible(cy: Core, padding = 30, withLabels = false): void {
  const shown = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const nodes = shown.nonempty() ? shown : cy.nodes();
  if (nodes.empty()) return;
  if (withLabels) {
    cy.fit(nodes, padding);
    return;
  }
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeEdges: false });
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (bb.x1 + bb.x2)) / 2,
      y: cy.height() / 2 - (zoom * (bb.y1 + bb.y2)) / 2,
    },
  });
}

/**
 * Keeps labels at `px` screen pixels whatever the zoom (the room screen: a label read from the back
 * of the room must not shrink because the network is large). Bypass styles: only for small graphs.
 */
export function fixLabelSize(cy: Core, px: number): void {
  const z = cy.zoom();
  cy.batch(() => {
    cy.nodes('.party').style({
      'font-size': px / z,
      'text-max-width': `${(px * 12) / z}px`,
      width: (px * 1.4) / z,
      height: (px * 1.4) / z,
    });
    cy.nodes('.initiative').style({
      'font-size': (px * 0.8) / z,
      'text-max-width': `${(px * 10) / z}px`,
      width: (px * 1.5) / z,
      height: (px * 0.9) / z,
    });
  });
}

/**
 * A screen's picture: fitted with its labels, labels at `px`, and — right after the first layout of a
 * network small enough for the force layout — laid out once more from where it is with labels that
 * size, so an enlarged name does not cover a neighbour. Deterministic like the first layout.
 */
export function settleScreen(cy: Core, px: number, relayout: boolean): void {
  fitVisible(cy, px, true);
  fixLabelSize(cy, px);
  const n = cy.nodes().length;
  if (!relayout || n === 0 || n > FORCE_LAYOUT_MAX_NODES) return;
  cy.layout({ ...coseOptions(n), numIter: 300, initialTemp: 100, nodeDimensionsIncludeLabels: true }).run();
  fitVisible(cy, px, true);
  fixLabelSize(cy, px);
}

export const visibleNodeCount = (cy: Core): number => cy.nodes().filter((n) => !n.hasClass('hidden')).length;
