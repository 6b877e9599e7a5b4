import { describe, expect, it } from 'vitest';
import { coalitionPartyIds, filterChoices, filterNetwork, NO_FILTERS } from './filters';
import type { InitiativeRecord } from './initiative';
import type { NetworkView } from './network';
import type { Party } from './party';
import type { Relation } from './relation';

const meta = { createdBy: 'm1', createdAt: 1, updatedAt: 1 };
const party = (id: string, change: Partial<Party> = {}): Party => ({
  id,
  name: `Partij ${id}`,
  kind: 'woningcorporatie',
  description: '',
  themes: ['leefbaar'],
  buurten: ['Vollenhove-Noord'],
  website: null,
  memberIds: [],
  contact: null,
  ...meta,
  ...change,
});
const initiative = (id: string, change: Partial<InitiativeRecord> = {}): InitiativeRecord => ({
  id,
  name: `Initiatief ${id}`,
  description: '',
  themes: ['gezond'],
  targetGroups: ['ouderen'],
  buurten: ['Vollenhove-Noord'],
  point: null,
  period: { start: null, end: null },
  leadPartyId: null,
  partnerPartyIds: [],
  funding: [],
  status: 'loopt',
  sectionId: null,
  ...meta,
  ...change,
});
const relation = (id: string, from: string, to: string, kind: Relation['kind']): Relation => ({
  id,
  fromPartyId: from,
  toPartyId: to,
  kind,
  note: '',
  ...meta,
});

const view: NetworkView = {
  parties: [
    party('p1'),
    party('p2', { kind: 'Kerk', themes: ['gezond'], buurten: ['Vollenhove Zuid'] }),
    party('p3', { kind: 'kerk' }),
  ],
  initiatives: [
    initiative('i1', { leadPartyId: 'p1' }),
    initiative('i2', { leadPartyId: 'p2', status: 'afgerond', buurten: ['vollenhove-zuid'] }),
    initiative('i3', { partnerPartyIds: ['p3'], themes: ['groen'] }),
  ],
  relations: [relation('r1', 'p1', 'p2', 'wijkcoalitie'), relation('r2', 'p2', 'p3', 'werkt_samen')],
  overlapMarks: [],
  overlaps: [
    { a: 'i1', b: 'i2', reasons: [] },
    { a: 'i1', b: 'i3', reasons: [] },
  ],
  changes: [],
  outline: null,
};

describe('network filters', () => {
  it('keeps everything without filters', () => {
    const all = filterNetwork(view, NO_FILTERS);
    expect(all.parties).toHaveLength(3);
    expect(all.initiatives).toHaveLength(3);
    expect(all.relations).toHaveLength(2);
    expect(all.overlaps).toHaveLength(2);
  });

  it('compares kinds and buurten as the overlap detection compares names', () => {
    const kerk = filterNetwork(view, { ...NO_FILTERS, kinds: ['KERK'] });
    expect(kerk.parties.map((p) => p.id)).toEqual(['p2', 'p3']);
    // Initiatives stay when their lead or a partner stays; relations and overlaps only between what stays.
    expect(kerk.initiatives.map((i) => i.id)).toEqual(['i2', 'i3']);
    expect(kerk.relations.map((r) => r.id)).toEqual(['r2']);
    expect(kerk.overlaps).toEqual([]);
    const zuid = filterNetwork(view, { ...NO_FILTERS, buurten: ['Vollenhove-Zuid'] });
    expect(zuid.parties.map((p) => p.id)).toEqual(['p2']);
    expect(zuid.initiatives.map((i) => i.id)).toEqual(['i2']);
  });

  it('narrows initiatives by status and theme, parties by theme', () => {
    const running = filterNetwork(view, { ...NO_FILTERS, statuses: ['loopt'] });
    expect(running.initiatives.map((i) => i.id)).toEqual(['i1', 'i3']);
    expect(running.parties).toHaveLength(3);
    expect(running.overlaps.map((o) => o.b)).toEqual(['i3']);
    const gezond = filterNetwork(view, { ...NO_FILTERS, themes: ['gezond'] });
    expect(gezond.parties.map((p) => p.id)).toEqual(['p2']);
    expect(gezond.initiatives.map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it('offers each kind and buurt once, in Dutch order', () => {
    expect(filterChoices(view)).toEqual({
      kinds: ['Kerk', 'woningcorporatie'],
      buurten: ['Vollenhove Zuid', 'Vollenhove-Noord'],
    });
  });

  it('finds the wijkcoalitie from its relations', () => {
    expect([...coalitionPartyIds(view.relations)].sort()).toEqual(['p1', 'p2']);
  });
});
