import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, can } from './permissions';
import {
  byRole,
  CLAIMABLE_ROLES,
  MEMBER_ROLES,
  memberGroup,
  ROLE_GROUPS,
  ROLE_RULES,
  ROLES,
  roleGroup,
} from './roles';
import { composition } from './schemas/member';
import { VOTING_GROUPS } from './schemas/vote';

/**
 * The policy as it was written before the table (shared/permissions.ts), action by action. Keyed by
 * the roles there were then, so a new role adds its own tests instead of editing this record.
 */
const EVERY_MEMBER = [
  'werkgroep.view',
  'members.view',
  'presence.view',
  'document.read',
  'vote.view',
  'meeting.joinCode',
  'network.view',
  'akkoord.view',
  'monitoring.view',
  'uitvoering.view',
  'self.update',
  'self.leave',
] as const;
const CONTRIBUTOR = [
  ...EVERY_MEMBER,
  'presence.share',
  'document.write',
  'document.create',
  'section.create',
  'section.rename',
  'comment.create',
  'comment.resolve',
  'board.create',
  'meeting.participate',
  'network.contribute',
  'akkoord.edit',
  'akkoord.sign',
  'akkoord.progress',
] as const;
const OLD_ROLES = ['bewoner', 'ambtenaar', 'partner', 'facilitator', 'observer', 'guest'] as const;
const BEFORE: Record<(typeof OLD_ROLES)[number], readonly Action[]> = {
  bewoner: [...CONTRIBUTOR, 'vote.cast'],
  // Issue 19: officials and partners add figures to the monitoring.
  ambtenaar: [...CONTRIBUTOR, 'vote.cast', 'monitoring.measure'],
  partner: [...CONTRIBUTOR, 'vote.cast', 'monitoring.measure'],
  facilitator: [
    ...CONTRIBUTOR,
    'members.manage',
    'invites.manage',
    'section.setStatus',
    'section.editLocked',
    'section.delete',
    'version.save',
    'version.restore',
    'vote.manage',
    'board.manage',
    'meeting.manage',
    'network.manage',
    'akkoord.manage',
    'monitoring.manage',
    'monitoring.measure',
    'uitvoering.manage',
    'document.export',
    'werkgroep.export',
    'wijkpagina.manage',
  ],
  observer: EVERY_MEMBER,
  guest: [
    'werkgroep.view',
    'presence.view',
    'presence.share',
    'document.read',
    'vote.view',
    'self.update',
    'self.leave',
  ],
};

describe('ROLE_RULES: one table of what differs per role', () => {
  it('has an entry for every role, the guest included', () => {
    expect(Object.keys(ROLE_RULES).sort()).toEqual([...MEMBER_ROLES].sort());
    expect(Object.keys(byRole(() => 1)).sort()).toEqual([...MEMBER_ROLES].sort());
  });

  it('lets every role do exactly what it could before', () => {
    for (const role of OLD_ROLES)
      for (const action of ACTIONS)
        expect(can(role, action), `${role} ${action}`).toBe(BEFORE[role].includes(action));
  });

  it('puts every role in the group it had before; guests apart', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, roleGroup(r)]))).toEqual({
      bewoner: 'bewoners',
      ambtenaar: 'ambtenaren',
      partner: 'partners',
      facilitator: 'facilitators',
      observer: 'observers',
    });
    expect(memberGroup('guest')).toBe('guests');
    for (const role of ROLES) expect(ROLE_GROUPS).toContain(memberGroup(role));
    expect(composition(['bewoner', 'bewoner', 'ambtenaar', 'guest', 'facilitator'])).toEqual({
      bewoners: 2,
      ambtenaren: 1,
      partners: 0,
      facilitators: 1,
      observers: 0,
      guests: 1,
    });
  });

  it('votes in a group exactly when it may cast a ballot: bewoners, ambtenaren, partners (advising)', () => {
    for (const role of MEMBER_ROLES) {
      const { votesAs } = ROLE_RULES[role];
      expect(votesAs !== null, role).toBe(can(role, 'vote.cast'));
      if (votesAs !== null) expect(VOTING_GROUPS).toContain(votesAs);
    }
    expect(ROLE_RULES.bewoner.votesAs).toBe('bewoners');
    expect(ROLE_RULES.ambtenaar.votesAs).toBe('ambtenaren');
    expect(ROLE_RULES.partner.votesAs).toBe('partners');
  });

  it('lets someone joining by code claim only a role that takes part (never facilitator or observer)', () => {
    expect([...CLAIMABLE_ROLES]).toEqual(['bewoner', 'ambtenaar', 'partner']);
    for (const role of CLAIMABLE_ROLES) expect(ROLE_RULES[role].votesAs).not.toBeNull();
  });

  it('names each role by its catalogue key', () => {
    for (const role of MEMBER_ROLES) expect(ROLE_RULES[role].label).toBe(`roles.${role}`);
  });
});
