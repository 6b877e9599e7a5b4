import { describe, expect, it } from 'vitest';
import { ACTIONS, can } from './permissions';
import { GUEST, ROLES } from './schemas/member';

describe('can(role, action)', () => {
  it('gives a non-member nothing', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('lets every member read, and only the facilitator manage', () => {
    for (const role of ROLES) {
      expect(can(role, 'document.read')).toBe(true);
      expect(can(role, 'members.manage')).toBe(role === 'facilitator');
      expect(can(role, 'invites.manage')).toBe(role === 'facilitator');
      expect(can(role, 'document.export')).toBe(role === 'facilitator');
      expect(can(role, 'werkgroep.export')).toBe(role === 'facilitator');
    }
  });

  it('keeps observers read-only and out of presence', () => {
    expect(can('observer', 'document.write')).toBe(false);
    expect(can('observer', 'presence.share')).toBe(false);
    expect(can('observer', 'self.leave')).toBe(true);
  });

  it('lets bewoners, ambtenaren and partners vote; the facilitator runs votes and does not vote', () => {
    for (const role of ROLES) {
      expect(can(role, 'vote.view')).toBe(true);
      expect(can(role, 'vote.cast')).toBe(['bewoner', 'ambtenaar', 'partner'].includes(role));
      expect(can(role, 'vote.manage')).toBe(role === 'facilitator');
    }
  });

  it('lets a guest (joined by code, not confirmed) follow along, but not write, vote, speak up or see who is in', () => {
    for (const action of ['werkgroep.view', 'document.read', 'vote.view', 'presence.share'] as const)
      expect(can(GUEST, action)).toBe(true);
    for (const action of [
      'vote.cast',
      'document.write',
      'comment.create',
      'board.create',
      'meeting.participate',
      'members.view',
      'meeting.joinCode',
    ] as const)
      expect(can(GUEST, action)).toBe(false);
  });
});
