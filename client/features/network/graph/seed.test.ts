import { describe, expect, it } from 'vitest';
import { idHash, placeNear, seedPositions } from './seed';
import { initiative, party } from './testNetwork';

const net = {
  parties: [
    party('p1'),
    party('p2', { buurten: ['Centrum'] }),
    party('p3', { buurten: [] }),
    party('p4', { buurten: ['centrum'] }),
  ],
  initiatives: [initiative('i1', { leadPartyId: 'p1', partnerPartyIds: ['p2'] }), initiative('i2')],
};

describe('seedPositions', () => {
  it('gives the same positions for the same network, whatever the order of its records', () => {
    const once = seedPositions(net);
    const shuffled = seedPositions({
      parties: [...net.parties].reverse(),
      initiatives: [...net.initiatives].reverse(),
    });
    for (const [id, p] of once) expect(shuffled.get(id), id).toEqual(p);
    expect(once.size).toBe(6);
  });

  it('puts no two records on one spot (the force layout would then push them apart at random)', () => {
    const spots = [...seedPositions(net).values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('gathers parties by their first buurt (spelled either way) and places initiatives near their parties', () => {
    const at = seedPositions(net);
    const d = (a: string, b: string) => {
      const p = at.get(a);
      const q = at.get(b);
      return p && q ? Math.hypot(p.x - q.x, p.y - q.y) : Number.NaN;
    };
    expect(d('p2', 'p4')).toBeLessThan(d('p2', 'p1'));
    expect(d('i1', 'p1')).toBeLessThan(d('p1', 'p2'));
  });
});

describe('placeNear', () => {
  it('places a newcomer near its neighbours, the same way every time, and not on top of them', () => {
    const n = [{ x: 100, y: 100 }];
    const p = placeNear('new', n, { x: 0, y: 0 });
    expect(placeNear('new', n, { x: 0, y: 0 })).toEqual(p);
    const dist = Math.hypot(p.x - 100, p.y - 100);
    expect(dist).toBeGreaterThan(10);
    expect(dist).toBeLessThanOrEqual(60);
    expect(placeNear('new', [], { x: 5, y: 6 })).toEqual({ x: 5, y: 6 });
  });

  it('hashes ids stably', () => {
    expect(idHash('abc')).toBe(idHash('abc'));
    expect(idHash('abc')).not.toBe(idHash('abd'));
  });
});
