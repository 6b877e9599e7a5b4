import { describe, expect, it } from 'vitest';
import { can } from '../permissions';
import { ROLES } from '../roles';
import {
  mayAdd,
  mayChangeRelation,
  mayDeleteInitiative,
  mayDeleteParty,
  mayEditInitiative,
  mayEditParty,
  mayLinkMembers,
  mayMarkOverlap,
} from './access';
import { createInitiativeSchema, periodSchema } from './initiative';
import { consentedContact, createPartySchema, updatePartySchema } from './party';

const party = (id: string, memberIds: string[] = [], createdBy = 'maker') => ({ id, memberIds, createdBy });
const initiative = (leadPartyId: string | null, partnerPartyIds: string[] = [], createdBy = 'maker') => ({
  leadPartyId,
  partnerPartyIds,
  createdBy,
});
const parties = [party('p1', ['linked']), party('p2', ['other'])];

describe('wijknetwerk access (shared/network/access.ts)', () => {
  it('every role but observers and guests adds; only the facilitator links members', () => {
    for (const role of ROLES) {
      expect(mayAdd({ memberId: 'x', role })).toBe(role !== 'observer');
      expect(mayLinkMembers({ memberId: 'x', role })).toBe(role === 'facilitator');
    }
    expect(mayAdd({ memberId: 'x', role: 'guest' })).toBe(false);
    // The network (its room too) is the members': a guest let in by the projector's code does not read it.
    expect(can('guest', 'network.view')).toBe(false);
    for (const role of ROLES) expect(can(role, 'network.view')).toBe(true);
  });

  it('the creator, a linked member and the facilitator edit a party; only creator and facilitator remove it', () => {
    const p = party('p1', ['linked']);
    const as = (memberId: string, role: 'partner' | 'bewoner' | 'facilitator' | 'observer' = 'partner') => ({
      memberId,
      role,
    });
    expect(mayEditParty(as('linked'), p)).toBe(true);
    expect(mayEditParty(as('maker', 'bewoner'), p)).toBe(true);
    expect(mayEditParty(as('other'), p)).toBe(false);
    expect(mayEditParty(as('f', 'facilitator'), p)).toBe(true);
    // A linked observer writes nothing.
    expect(mayEditParty(as('linked', 'observer'), p)).toBe(false);
    expect(mayDeleteParty(as('linked'), p)).toBe(false);
    expect(mayDeleteParty(as('maker', 'bewoner'), p)).toBe(true);
  });

  it('initiatives, relations and overlap marks follow the parties one is linked to', () => {
    const linked = { memberId: 'linked', role: 'partner' as const };
    const other = { memberId: 'other', role: 'partner' as const };
    const led = initiative('p1');
    const partnered = initiative('p2', ['p1']);
    expect(mayEditInitiative(linked, led, parties)).toBe(true);
    expect(mayEditInitiative(linked, partnered, parties)).toBe(true);
    expect(mayDeleteInitiative(linked, partnered, parties)).toBe(false);
    expect(mayDeleteInitiative(linked, led, parties)).toBe(true);
    expect(mayEditInitiative(other, led, parties)).toBe(false);
    expect(mayChangeRelation(other, { fromPartyId: 'p1', toPartyId: 'p2', createdBy: 'x' }, parties)).toBe(
      true,
    );
    expect(mayMarkOverlap(linked, [initiative(null), partnered], parties)).toBe(true);
    expect(mayMarkOverlap(linked, [initiative(null), initiative('p2')], parties)).toBe(false);
    // Marks are symmetric: the order of the pair changes nothing.
    const pair = [initiative('p2'), led] as const;
    expect(mayMarkOverlap(linked, pair, parties)).toBe(mayMarkOverlap(linked, [pair[1], pair[0]], parties));
  });
});

describe('wijknetwerk schemas', () => {
  it('a contact is kept only with consent', () => {
    expect(consentedContact({ name: 'A', consent: false })).toBeNull();
    expect(consentedContact({ name: 'A', consent: true })).toEqual({ name: 'A', consent: true });
    expect(consentedContact(null)).toBeNull();
  });

  it('websites are http or https only; a werkgroep may give its own kind', () => {
    const base = { name: 'X', kind: 'Winkeliersvereniging' };
    expect(createPartySchema.safeParse(base).success).toBe(true);
    for (const website of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.nl', 'nl'])
      expect(createPartySchema.safeParse({ ...base, website }).success).toBe(false);
    expect(createPartySchema.safeParse({ ...base, website: 'https://x.nl/a?b=c' }).success).toBe(true);
    expect(updatePartySchema.safeParse({ themes: ['groen', 'groen'] }).success).toBe(false);
  });

  it('periods: open ends, the end not before the start, existing days only', () => {
    expect(periodSchema.safeParse({ start: null, end: '2027-01-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2027-01-01', end: '2027-01-01' }).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2027-01-02', end: '2027-01-01' }).success).toBe(false);
    expect(periodSchema.safeParse({ start: '2028-02-29', end: null }).success).toBe(true);
    expect(periodSchema.safeParse({ start: '2027-02-29', end: null }).success).toBe(false);
    expect(
      createInitiativeSchema.safeParse({ name: 'X', leadPartyId: 'p1', partnerPartyIds: ['p1'] }).success,
    ).toBe(false);
  });
});
