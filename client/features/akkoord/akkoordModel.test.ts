import { describe, expect, it } from 'vitest';
import type { ProgressEntry } from '../../../shared/akkoord/progress';
import type { Signatory } from '../../../shared/akkoord/signatory';
import type { Signature } from '../../../shared/akkoord/signature';
import {
  byGroup,
  formatDay,
  fromChoice,
  moveId,
  progressOf,
  signableFor,
  toChoice,
  todayDay,
  voidedByReopening,
} from './akkoordModel';

const sig = (partyId: string, versionId: string, voidedAt: number | null = null): Signature => ({
  id: `s-${partyId}-${versionId}`,
  versionId,
  partyId,
  signerName: null,
  named: false,
  function: 'voorzitter',
  organisation: '',
  signedAt: '2027-01-05',
  consentToBeNamed: false,
  via: 'member',
  memberId: 'm1',
  voidedAt,
});

describe('akkoordModel', () => {
  it('puts bewoners and gemeente in their own columns and everyone else with the partners', () => {
    const groups = byGroup(
      [
        { n: 'a', kind: 'bewonersinitiatief' },
        { n: 'b', kind: 'gemeente_afdeling' },
        { n: 'c', kind: 'woningcorporatie' },
        { n: 'd', kind: 'Kerk' },
      ],
      (p) => p.kind,
    );
    expect(groups.bewoners.map((p) => p.n)).toEqual(['a']);
    expect(groups.gemeente.map((p) => p.n)).toEqual(['b']);
    expect(groups.partners.map((p) => p.n)).toEqual(['c', 'd']);
  });

  it('moves an afspraak one place and refuses to move past either end', () => {
    expect(moveId(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveId(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveId(['a'], 'x', 1)).toBeNull();
  });

  it('lists progress newest first, by day then by when it was written', () => {
    const e = (id: string, date: string, createdAt: number, afspraakId = 'a1'): ProgressEntry => ({
      id,
      afspraakId,
      status: 'loopt',
      date,
      text: '',
      memberId: 'm',
      partyId: 'p',
      createdAt,
    });
    const list = progressOf(
      [
        e('1', '2027-01-01', 5),
        e('2', '2027-02-01', 1),
        e('3', '2027-02-01', 2),
        e('4', '2027-03-01', 9, 'a2'),
      ],
      'a1',
    );
    expect(list.map((x) => x.id)).toEqual(['3', '2', '1']);
  });

  it('counts only the valid signatures of the frozen version as voided by reopening', () => {
    const view = {
      currentVersion: { id: 'v2' } as never,
      signatures: [sig('p1', 'v1', 10), sig('p1', 'v2'), sig('p2', 'v2'), sig('p3', 'v2', 20)],
    };
    expect(voidedByReopening(view)).toBe(2);
    expect(voidedByReopening({ currentVersion: null, signatures: view.signatures })).toBe(0);
  });

  it('offers to sign only for linked parties signed by a member that did not sign yet', () => {
    const signatories: Signatory[] = [
      { partyId: 'p1', representative: { kind: 'member', memberId: null } },
      { partyId: 'p2', representative: { kind: 'member', memberId: 'other' } },
      { partyId: 'p3', representative: { kind: 'outside' } },
      { partyId: 'p4', representative: { kind: 'member', memberId: 'me' } },
    ];
    const parties = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, memberIds: ['me'] }));
    const view = {
      akkoord: { status: 'ter_ondertekening' } as never,
      currentVersion: { id: 'v1' } as never,
      signatures: [sig('p4', 'v1')],
      signatories,
    };
    const actor = { memberId: 'me', role: 'bewoner' as const };
    expect(signableFor(actor, view, parties).map((s) => s.partyId)).toEqual(['p1']);
    expect(signableFor(actor, { ...view, akkoord: { status: 'concept' } as never }, parties)).toEqual([]);
    expect(signableFor({ memberId: 'me', role: 'observer' }, view, parties)).toEqual([]);
  });

  it('writes days the Dutch way and knows today in the Netherlands', () => {
    expect(formatDay('2027-03-05', 'nl')).toBe('5 maart 2027');
    expect(formatDay('2027-03-05', 'en')).toBe('5 March 2027');
    expect(todayDay(new Date(Date.UTC(2026, 11, 31, 23, 30)))).toBe('2027-01-01');
  });

  it('turns each kind of representative into one select value and back', () => {
    const reps = [
      { kind: 'outside' as const },
      { kind: 'member' as const, memberId: null },
      { kind: 'member' as const, memberId: 'm123' },
    ];
    for (const r of reps) expect(fromChoice(toChoice(r))).toEqual(r);
    expect(fromChoice('member:')).toEqual({ kind: 'member', memberId: null });
  });
});
