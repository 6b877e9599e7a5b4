import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { filterNetwork, NO_FILTERS } from '../../../../shared/network/filters';
import type { NetworkView } from '../../../../shared/network/network';
import { buildElements, visibleIds } from './elements';
import { applySelected, applyVisible, syncElements } from './graphCore';
import { graphStyle } from './style';
import { initiative, party, sample } from './testNetwork';

// Cytoscape without a screen: the same element and layout code, no drawing.
const graphs: Core[] = [];
const headless = () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle(1) });
  graphs.push(cy);
  return cy;
};
afterEach(() => {
  for (const cy of graphs.splice(0)) cy.destroy();
});
const positions = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { x: n.position('x'), y: n.position('y') }]));

describe('syncElements', () => {
  it('lays the same network out in the same place every time', () => {
    const a = headless();
    const b = headless();
    expect(syncElements(a, sample)).toBe(true);
    syncElements(b, structuredClone(sample));
    expect(positions(b)).toEqual(positions(a));
  });

  it('a live change moves nothing that was there: a newcomer lands beside its parties, a removed one goes', () => {
    const cy = headless();
    syncElements(cy, sample);
    const before = positions(cy);
    const next: NetworkView = {
      ...sample,
      parties: [...sample.parties.filter((p) => p.id !== 'p3'), party('p9')],
      initiatives: [...sample.initiatives, initiative('i9', { leadPartyId: 'p1', partnerPartyIds: ['p9'] })],
    };
    expect(syncElements(cy, next)).toBe(false);
    const after = positions(cy);
    for (const id of ['p1', 'p2', 'i1', 'i3']) expect(after[id], id).toEqual(before[id]);
    expect(after.p3).toBeUndefined();
    const p1 = after.p1 ?? { x: Number.NaN, y: Number.NaN };
    const i9 = after.i9 ?? { x: Number.NaN, y: Number.NaN };
    expect(Math.hypot(i9.x - p1.x, i9.y - p1.y)).toBeLessThan(200);
    expect(cy.getElementById('l:i9:p1').nonempty()).toBe(true);
  });

  it('restyles a changed record in place (a new status, a relation that makes a coalition)', () => {
    const cy = headless();
    syncElements(cy, sample);
    const before = positions(cy);
    syncElements(cy, {
      ...sample,
      initiatives: sample.initiatives.map((i) => (i.id === 'i2' ? { ...i, status: 'afgerond' as const } : i)),
    });
    expect(cy.getElementById('i2').hasClass('status-afgerond')).toBe(true);
    expect(cy.getElementById('i2').hasClass('status-idee')).toBe(false);
    expect(positions(cy)).toEqual(before);
  });
});

describe('applyVisible and applySelected', () => {
  it('filtering hides and shows without moving a node', () => {
    const cy = headless();
    syncElements(cy, sample);
    const before = positions(cy);
    const { edges } = buildElements(sample);
    applyVisible(cy, visibleIds(filterNetwork(sample, { ...NO_FILTERS, themes: ['groen'] }), edges));
    expect(
      cy
        .nodes()
        .filter((n) => !n.hasClass('hidden'))
        .map((n) => n.id())
        .sort(),
    ).toEqual(['i3', 'p2']);
    applyVisible(cy, visibleIds(filterNetwork(sample, NO_FILTERS), edges));
    expect(cy.elements('.hidden').length).toBe(0);
    expect(positions(cy)).toEqual(before);
  });

  it('marks exactly the selected node', () => {
    const cy = headless();
    syncElements(cy, sample);
    applySelected(cy, 'p1');
    applySelected(cy, 'i2');
    expect(cy.nodes('.is-selected').map((n) => n.id())).toEqual(['i2']);
    applySelected(cy, null);
    expect(cy.nodes('.is-selected').length).toBe(0);
  });
});
