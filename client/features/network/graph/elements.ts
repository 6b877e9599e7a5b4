import { coalitionPartyIds, type FilteredNetwork } from '../../../../shared/network/filters';
import type { InitiativeStatus } from '../../../../shared/network/initiative';
import type { NetworkView } from '../../../../shared/network/network';
import { type OverlapState, pairKey } from '../../../../shared/network/overlapMark';
import { isStandardKind, type StandardPartyKind } from '../../../../shared/network/party';
import type { RelationKind } from '../../../../shared/network/relation';

/** A party kind as the graph draws it: the standard ones each their own, the werkgroep's own kinds as one. */
export type DrawnKind = StandardPartyKind | 'eigen';
export const drawnKind = (kind: string): DrawnKind => (isStandardKind(kind) ? kind : 'eigen');

export type GraphNode =
  | { id: string; type: 'party'; label: string; kind: DrawnKind; coalition: boolean }
  | { id: string; type: 'initiative'; label: string; status: InitiativeStatus };

export type GraphEdge = { id: string; source: string; target: string } & (
  | { type: 'relation'; kind: RelationKind }
  | { type: 'lead' }
  | { type: 'partner' }
  | { type: 'overlap'; mark: OverlapState | null }
);

/** The cytoscape classes of a node or edge: the stylesheet (style.ts) draws by these alone. */
export function nodeClasses(n: GraphNode): string {
  return n.type === 'party'
    ? `party kind-${n.kind}${n.coalition ? ' coalition' : ''}`
    : `initiative status-${n.status}`;
}

export function edgeClasses(e: GraphEdge): string {
  switch (e.type) {
    case 'relation':
      return `relation rel-${e.kind}`;
    case 'overlap':
      return e.mark ? `overlap overlap-marked mark-${e.mark}` : 'overlap';
    default:
      return e.type;
  }
}

/**
 * Everything the graph can draw, from the whole network (filters only hide: see `visibleIds`, so
 * changing a filter never moves a node). Edges to records that are not there are left out; edge ids
 * are derived from what they connect, so the same network gives the same elements.
 */
export function buildElements(view: NetworkView): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const coalition = coalitionPartyIds(view.relations);
  const nodes: GraphNode[] = [
    ...view.parties.map(
      (p): GraphNode => ({
        id: p.id,
        type: 'party',
        label: p.name,
        kind: drawnKind(p.kind),
        coalition: coalition.has(p.id),
      }),
    ),
    ...view.initiatives.map(
      (i): GraphNode => ({ id: i.id, type: 'initiative', label: i.name, status: i.status }),
    ),
  ];
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  const add = (e: GraphEdge) => {
    if (ids.has(e.source) && ids.has(e.target)) edges.push(e);
  };
  for (const r of view.relations)
    add({ id: `r:${r.id}`, source: r.fromPartyId, target: r.toPartyId, type: 'relation', kind: r.kind });
  for (const i of view.initiatives) {
    if (i.leadPartyId !== null)
      add({ id: `l:${i.id}:${i.leadPartyId}`, source: i.id, target: i.leadPartyId, type: 'lead' });
    for (const p of i.partnerPartyIds)
      add({ id: `p:${i.id}:${p}`, source: i.id, target: p, type: 'partner' });
  }
  const marks = new Map(view.overlapMarks.map((m) => [pairKey(...m.initiativeIds), m.state]));
  for (const o of view.overlaps) {
    const key = pairKey(o.a, o.b);
    add({ id: `o:${key}`, source: o.a, target: o.b, type: 'overlap', mark: marks.get(key) ?? null });
  }
  return { nodes, edges };
}

/** The ids of the nodes and edges the filters leave visible (an edge: when both ends are). */
export function visibleIds(
  shown: FilteredNetwork,
  edges: readonly Pick<GraphEdge, 'id' | 'source' | 'target'>[],
): Set<string> {
  const out = new Set<string>([...shown.parties.map((p) => p.id), ...shown.initiatives.map((i) => i.id)]);
  for (const e of edges) if (out.has(e.source) && out.has(e.target)) out.add(e.id);
  return out;
}

/** Open overlaps among what is shown: flagged and not yet marked afgestemd or bewust naast elkaar. */
export function openOverlaps(view: NetworkView, shown: FilteredNetwork): FilteredNetwork['overlaps'] {
  const marked = new Set(view.overlapMarks.map((m) => pairKey(...m.initiativeIds)));
  return shown.overlaps.filter((o) => !marked.has(pairKey(o.a, o.b)));
}
