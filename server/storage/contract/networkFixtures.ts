import type { NetworkChange } from '../../../shared/network/change';
import type { InitiativeRecord } from '../../../shared/network/initiative';
import type { Party } from '../../../shared/network/party';
import type { Relation } from '../../../shared/network/relation';
import type { NetworkItem, NetworkWrite } from '../NetworkStore';
import { now } from './fixtures';

const meta = { createdBy: 'm1', createdAt: now, updatedAt: now };

export const party = (over: Partial<Party> = {}): Party => ({
  id: 'pa1',
  name: 'Portaal',
  kind: 'woningcorporatie',
  description: 'Verhuurt in Overvecht',
  themes: ['leefbaar', 'veilig'],
  buurten: ['Zambesidreef'],
  website: 'https://www.portaal.nl',
  contact: { name: 'Anna de Vries', email: 'anna@example.nl', consent: true },
  memberIds: ['m2'],
  ...meta,
  ...over,
});

export const initiative = (over: Partial<InitiativeRecord> = {}): InitiativeRecord => ({
  id: 'in1',
  name: 'Ouderensoos',
  description: '',
  themes: ['gezond'],
  targetGroups: ['ouderen'],
  buurten: ['Vollenhove-Noord'],
  point: { lat: 52.09, lon: 5.23 },
  period: { start: '2027-03-01', end: '2027-06-30' },
  leadPartyId: 'pa1',
  partnerPartyIds: [],
  funding: [{ source: 'Vitale Wijken', amount: 12_500 }],
  status: 'gepland',
  sectionId: null,
  ...meta,
  ...over,
});

export const relation = (over: Partial<Relation> = {}): Relation => ({
  id: 're1',
  fromPartyId: 'pa1',
  toPartyId: 'pa2',
  kind: 'werkt_samen',
  note: '',
  ...meta,
  ...over,
});

export const change = (over: Partial<NetworkChange> = {}): NetworkChange => ({
  at: now,
  memberId: 'm1',
  entity: 'party',
  entityId: 'pa1',
  action: 'created',
  label: 'Portaal',
  fields: [],
  ...over,
});

/** A write that puts `items`, logged as created by m1. */
export const putting = (items: NetworkItem[], over: Partial<NetworkWrite> = {}): NetworkWrite => ({
  put: items,
  remove: [],
  change: change(),
  ...over,
});
