import { describe, expect, it } from 'vitest';
import type { NetworkChange } from '../../../shared/network/change';
import { bringsContact } from './useNetworkData';

const change = (over: Partial<NetworkChange>): NetworkChange => ({
  at: 1,
  memberId: 'm1',
  entity: 'party',
  entityId: 'p1',
  action: 'updated',
  label: 'Portaal',
  fields: [],
  ...over,
});

describe('when the network page asks the server again (for contacts the room never holds)', () => {
  it('after a party is made, or its contact changes', () => {
    expect(bringsContact(change({ action: 'created' }))).toBe(true);
    expect(bringsContact(change({ fields: ['name', 'contact'] }))).toBe(true);
  });
  it('not after anything else: other party fields, a deletion, initiatives, relations, overlaps, the outline', () => {
    expect(bringsContact(change({ fields: ['name', 'themes'] }))).toBe(false);
    expect(bringsContact(change({ action: 'deleted' }))).toBe(false);
    for (const entity of ['initiative', 'relation', 'overlap', 'outline'] as const)
      expect(bringsContact(change({ entity, action: 'created', fields: ['contact'] }))).toBe(false);
  });
});
