import { describe, expect, it } from 'vitest';
import { can } from '../permissions';
import { MEMBER_ROLES } from '../roles';
import { mayReportProgress, maySignFor } from './access';
import { canonicalJson } from './canonical';
import { signatoryWarnings } from './signatory';

describe('wijkakkoord rules in shared/', () => {
  it('[AKK4] canonical JSON sorts keys at every level, so equal texts have equal strings', () => {
    const a = { b: [{ y: 1, x: 'é' }], a: null, c: { e: true, d: undefined } };
    const b = { c: { e: true }, a: null, b: [{ x: 'é', y: 1 }] };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":null,"b":[{"x":"é","y":1}],"c":{"e":true}}');
    expect(canonicalJson([1, 'a'])).not.toBe(canonicalJson(['a', 1]));
  });

  it('[AKK1] roles: every member but a guest reads; contributors edit and sign; the facilitator alone manages', () => {
    for (const role of MEMBER_ROLES) {
      expect(can(role, 'akkoord.view'), role).toBe(role !== 'guest');
      const contributes = ['bewoner', 'ambtenaar', 'partner', 'facilitator'].includes(role);
      expect(can(role, 'akkoord.edit'), role).toBe(contributes);
      expect(can(role, 'akkoord.sign'), role).toBe(contributes);
      expect(can(role, 'akkoord.manage'), role).toBe(role === 'facilitator');
    }
  });

  it('[AKK6] a member signs only for a party they are linked to, and only as the member named', () => {
    const party = { id: 'p1', memberIds: ['m1', 'm2'] };
    const anyMember = { partyId: 'p1', representative: { kind: 'member' as const, memberId: null } };
    const onlyM2 = { partyId: 'p1', representative: { kind: 'member' as const, memberId: 'm2' } };
    const outside = { partyId: 'p1', representative: { kind: 'outside' as const } };
    expect(maySignFor({ memberId: 'm1', role: 'bewoner' }, anyMember, party)).toBe(true);
    expect(maySignFor({ memberId: 'm3', role: 'bewoner' }, anyMember, party)).toBe(false);
    expect(maySignFor({ memberId: 'm1', role: 'bewoner' }, onlyM2, party)).toBe(false);
    expect(maySignFor({ memberId: 'm2', role: 'partner' }, onlyM2, party)).toBe(true);
    expect(maySignFor({ memberId: 'm1', role: 'bewoner' }, outside, party)).toBe(false);
    expect(maySignFor({ memberId: 'm1', role: 'observer' }, anyMember, party)).toBe(false);
    expect(maySignFor({ memberId: 'm1', role: 'bewoner' }, anyMember, undefined)).toBe(false);
  });

  it('[AKK10] progress for a committing party: by its linked member or the facilitator', () => {
    const afspraak = { partyIds: ['p1'] };
    const party = { id: 'p1', memberIds: ['m1'] };
    expect(mayReportProgress({ memberId: 'm1', role: 'ambtenaar' }, afspraak, 'p1', party)).toBe(true);
    expect(mayReportProgress({ memberId: 'm2', role: 'ambtenaar' }, afspraak, 'p1', party)).toBe(false);
    expect(mayReportProgress({ memberId: 'm9', role: 'facilitator' }, afspraak, 'p1', party)).toBe(true);
    expect(mayReportProgress({ memberId: 'm9', role: 'facilitator' }, afspraak, 'p2', undefined)).toBe(false);
  });

  it('[AKK1] warns when bewoners or gemeente are missing among the signatories', () => {
    expect(signatoryWarnings([])).toEqual(['no_bewoners', 'no_gemeente']);
    expect(signatoryWarnings(['bewonersinitiatief', 'woningcorporatie'])).toEqual(['no_gemeente']);
    expect(signatoryWarnings(['gemeente_afdeling', 'bewonersinitiatief'])).toEqual([]);
  });
});
