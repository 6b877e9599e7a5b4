import { describe, expect, it } from 'vitest';
import { filterNetwork, NO_FILTERS } from '../../../../shared/network/filters';
import { buildElements, edgeClasses, nodeClasses, openOverlaps, visibleIds } from './elements';
import { sample } from './testNetwork';

describe('buildElements', () => {
  const { nodes, edges } = buildElements(sample);

  it('draws every party and initiative, with the kind (own kinds as one) and the wijkcoalitie', () => {
    expect(nodes.map((n) => [n.id, nodeClasses(n)])).toEqual([
      ['p1', 'party kind-woningcorporatie coalition'],
      ['p2', 'party kind-eigen coalition'],
      ['p3', 'party kind-sport'],
      ['i1', 'initiative status-loopt'],
      ['i2', 'initiative status-idee'],
      ['i3', 'initiative status-loopt'],
    ]);
    expect(nodes[0]).toMatchObject({ label: 'Partij p1' });
  });

  it('draws relations, lead and partner links and overlaps, and leaves out edges to records that are gone', () => {
    expect(edges.map((e) => [e.id, e.source, e.target, edgeClasses(e)])).toEqual([
      ['r:r1', 'p1', 'p2', 'relation rel-wijkcoalitie'],
      ['r:r2', 'p3', 'p1', 'relation rel-financiert'],
      ['l:i1:p1', 'i1', 'p1', 'lead'],
      ['p:i1:p2', 'i1', 'p2', 'partner'],
      ['l:i2:p3', 'i2', 'p3', 'lead'],
      ['o:i1.i2', 'i1', 'i2', 'overlap'],
      ['o:i1.i3', 'i3', 'i1', 'overlap overlap-marked mark-afgestemd'],
    ]);
  });

  it('gives the same elements for the same network (ids derive from content)', () => {
    expect(buildElements(structuredClone(sample))).toEqual({ nodes, edges });
  });
});

describe('visibleIds and openOverlaps', () => {
  const { edges } = buildElements(sample);

  it('keeps every element without filters', () => {
    const shown = filterNetwork(sample, NO_FILTERS);
    expect(visibleIds(shown, edges).size).toBe(6 + edges.length);
  });

  it('hides a filtered node and every edge that touches it', () => {
    const shown = filterNetwork(sample, { ...NO_FILTERS, themes: ['groen'] });
    expect([...visibleIds(shown, edges)].sort()).toEqual(['i3', 'p2']);
  });

  it('counts as open only the flagged pairs nobody marked', () => {
    const shown = filterNetwork(sample, NO_FILTERS);
    expect(openOverlaps(sample, shown).map((o) => [o.a, o.b])).toEqual([['i1', 'i2']]);
  });
});
