import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FilteredNetwork } from '../../../../shared/network/filters';
import type { NetworkView } from '../../../../shared/network/network';
import { buildElements, visibleIds } from './elements';
import {
  applySelected,
  applyVisible,
  createGraph,
  fitVisible,
  revealSelected,
  settleScreen,
  syncElements,
  visibleNodeCount,
} from './graphCore';

export type GraphState = 'loading' | 'ready' | 'failed';

/**
 * Draws the network on `container` with cytoscape, loaded only when a graph is shown (a dynamic
 * import: its own chunk, so the network page stays light). The instance lives as long as the
 * container; network changes, filters and the selection are applied to it in place.
 */
export function useGraph({
  container,
  scale,
  view,
  shown,
  selectedId,
  onSelect,
  labelPx = null,
}: {
  container: HTMLDivElement | null;
  scale: number;
  view: NetworkView;
  shown: FilteredNetwork;
  selectedId: string | null;
  /** Null: the graph is only looked at (the room screen, a phone in a meeting): no zoom, pan or tap. */
  onSelect: ((id: string | null) => void) | null;
  /** Labels this many screen pixels at any zoom (the room screen). */
  labelPx?: number | null;
}): { cy: Core | null; state: GraphState; drawn: number } {
  const [cy, setCy] = useState<Core | null>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(0);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  const interactive = onSelect !== null;
  const latest = useRef({ selectedId, visible: new Set<string>() });

  useEffect(() => {
    if (!container) return;
    let cancelled = false;
    let instance: Core | null = null;
    let resize: ResizeObserver | null = null;
    import('cytoscape').then(
      ({ default: cytoscape }) => {
        if (cancelled) return;
        const graph = createGraph(cytoscape, container, scale, interactive);
        instance = graph;
        graph.on('tap', 'node', (e) => select.current?.(e.target.id()));
        graph.on('tap', (e) => {
          if (e.target === graph) select.current?.(null);
        });
        resize = new ResizeObserver(() => graph.resize());
        resize.observe(container);
        setCy(graph);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      resize?.disconnect();
      instance?.destroy();
      setCy(null);
    };
  }, [container, scale, interactive]);

  const edges = useMemo(() => buildElements(view).edges, [view]);
  const visible = useMemo(() => visibleIds(shown, edges), [shown, edges]);
  // Declared before the effects that read it, so it runs first in the same commit.
  useEffect(() => {
    latest.current = { selectedId, visible };
  });

  useEffect(() => {
    if (!cy) return;
    const laidOut = syncElements(cy, view);
    applyVisible(cy, latest.current.visible);
    applySelected(cy, latest.current.selectedId);
    // Nobody zooms a screen: it follows the network so a newcomer is never outside the picture.
    if (labelPx !== null) settleScreen(cy, labelPx, laidOut);
    else if (laidOut || !interactive) fitVisible(cy);
    setDrawn(visibleNodeCount(cy));
  }, [cy, view, labelPx, interactive]);

  // A screen is refitted when its box changes (the projector's window, the next agenda item's layout).
  useEffect(() => {
    if (!cy || labelPx === null) return;
    const refit = () => {
      settleScreen(cy, labelPx, false);
    };
    cy.on('resize', refit);
    return () => {
      cy.off('resize', refit);
    };
  }, [cy, labelPx]);

  useEffect(() => {
    if (!cy) return;
    applyVisible(cy, visible);
    setDrawn(visibleNodeCount(cy));
  }, [cy, visible]);

  useEffect(() => {
    if (!cy) return;
    applySelected(cy, selectedId);
    if (interactive) revealSelected(cy, selectedId);
  }, [cy, selectedId, interactive]);

  return { cy, state: failed ? 'failed' : cy ? 'ready' : 'loading', drawn };
}
