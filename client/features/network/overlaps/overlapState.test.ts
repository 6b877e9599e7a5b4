import { describe, expect, it } from 'vitest';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import { overlapCounts, overlapItems } from './overlapState';

const initiative = (id: string, name: string): InitiativeRecord => ({
  id,
  name,
  description: '',
  themes: [],
  targetGroups: [],
  buurten: [],
  point: null,
  period: { start: null, end: null },
  leadPartyId: null,
  partnerPartyIds: [],
  funding: [],
  status: 'idee',
  sectionId: null,
  createdBy: 'm',
  createdAt: 0,
  updatedAt: 0,
});

describe('overlap list', () => {
  it('puts unmarked pairs first, explains them, and counts open pairs per initiative', () => {
    const funding = { kind: 'funding' as const, source: 'Sterk in de Wijk' };
    const view = {
      initiatives: [initiative('a', 'Soos'), initiative('b', 'Koffie'), initiative('c', 'Wandelen')],
      overlapMarks: [
        {
          initiativeIds: ['a', 'b'] as [string, string],
          state: 'afgestemd' as const,
          note: '',
          markedBy: 'm',
          markedAt: 1,
        },
      ],
    };
    const items = overlapItems(
      view,
      [
        { a: 'b', b: 'a', reasons: [funding] },
        { a: 'a', b: 'c', reasons: [funding] },
      ],
      'nl',
    );
    expect(items.map((i) => [i.key, i.mark?.state ?? null])).toEqual([
      ['a.c', null],
      ['a.b', 'afgestemd'],
    ]);
    expect(items[0]?.explanation.title).toBe('Mogelijke overlap: Soos en Wandelen');
    expect(Object.fromEntries(overlapCounts(items))).toEqual({
      a: { open: 1, all: 2 },
      b: { open: 0, all: 1 },
      c: { open: 1, all: 1 },
    });
  });
});
