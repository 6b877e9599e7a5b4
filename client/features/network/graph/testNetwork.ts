import type { InitiativeRecord } from '../../../../shared/network/initiative';
import type { NetworkView } from '../../../../shared/network/network';
import type { Party } from '../../../../shared/network/party';
import type { Relation } from '../../../../shared/network/relation';

/** Small records for the graph's tests. */
const meta = { createdBy: 'm1', createdAt: 1, updatedAt: 1 };
export const party = (id: string, change: Partial<Party> = {}): Party => ({
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
export const initiative = (id: string, change: Partial<InitiativeRecord> = {}): InitiativeRecord => ({
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
export const relation = (id: string, from: string, to: string, kind: Relation['kind']): Relation => ({
  id,
  fromPartyId: from,
  toPartyId: to,
  kind,
  note: '',
  ...meta,
});

export const sample: NetworkView = {
  parties: [party('p1'), party('p2', { kind: 'Kerk', themes: ['groen'] }), party('p3', { kind: 'sport' })],
  initiatives: [
    initiative('i1', { leadPartyId: 'p1', partnerPartyIds: ['p2'] }),
    initiative('i2', { leadPartyId: 'p3', status: 'idee' }),
    initiative('i3', { leadPartyId: 'gone', themes: ['groen'] }),
  ],
  relations: [
    relation('r1', 'p1', 'p2', 'wijkcoalitie'),
    relation('r2', 'p3', 'p1', 'financiert'),
    relation('r3', 'p3', 'gone', 'werkt_samen'),
  ],
  overlapMarks: [{ initiativeIds: ['i1', 'i3'], state: 'afgestemd', note: '', markedBy: 'm1', markedAt: 2 }],
  overlaps: [
    { a: 'i1', b: 'i2', reasons: [{ kind: 'funding', source: 'Fonds' }] },
    { a: 'i3', b: 'i1', reasons: [{ kind: 'funding', source: 'Fonds' }] },
  ],
  changes: [],
  outline: null,
};
