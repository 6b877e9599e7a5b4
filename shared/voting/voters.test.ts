import { describe, expect, it } from 'vitest';
import { can } from '../permissions';
import { MEMBER_ROLES } from '../schemas/member';
import { groupTakesPart, takingPart, voterGroup, votingGroupOf } from './voters';

describe('who votes', () => {
  it('bewoners and ambtenaren always, partners only where they advise; nobody else', () => {
    const expected = {
      bewoner: ['bewoners', 'bewoners'],
      ambtenaar: ['ambtenaren', 'ambtenaren'],
      partner: [null, 'partners'],
      facilitator: [null, null],
      observer: [null, null],
      guest: [null, null],
    } as const;
    for (const role of MEMBER_ROLES) {
      expect([
        voterGroup({ partnersAdvise: false }, role),
        voterGroup({ partnersAdvise: true }, role),
      ]).toEqual(expected[role]);
    }
  });

  it('agrees with the access policy: a role with a voting group may cast, the others may not', () => {
    for (const role of MEMBER_ROLES) expect(votingGroupOf(role) !== null).toBe(can(role, 'vote.cast'));
  });

  it('leaves partner ballots out unless partners advise', () => {
    const ballots = [
      { group: 'bewoners' as const },
      { group: 'partners' as const },
      { group: 'ambtenaren' as const },
    ];
    expect(takingPart({ partnersAdvise: false }, ballots).map((b) => b.group)).toEqual([
      'bewoners',
      'ambtenaren',
    ]);
    expect(takingPart({ partnersAdvise: true }, ballots)).toHaveLength(3);
    expect(groupTakesPart({ partnersAdvise: false }, 'bewoners')).toBe(true);
  });
});
