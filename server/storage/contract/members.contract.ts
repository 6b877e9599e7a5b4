import { expect } from 'vitest';
import type { Storage } from '../Storage';
import { accept, invite, memberInput, now, seedPeople, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const joinAsGuest = (s: Storage, personId: string, id: string, maxWaiting = 2) =>
  s.joinAsGuest({
    werkgroepId: 'w1',
    now,
    personId,
    claimedRole: 'ambtenaar',
    maxWaiting,
    member: memberInput(id),
  });

/** STORE-MEM1–2: guests who joined by code, and settling them. */
function guestRules(c: ContractScope): void {
  c.rule(
    'STORE-MEM1',
    ['joinAsGuest', 'updateMember'],
    'a guest joins with the role they claim, once per person, up to the number that may wait; a role confirms them',
    async () => {
      const s = c.storage;
      const claimed = { id: 'm1', role: 'guest', claimedRole: 'ambtenaar' };
      expect(await joinAsGuest(s, 'p1', 'm1')).toMatchObject({ ok: true, created: true, member: claimed });
      expect(await joinAsGuest(s, 'p1', 'mX')).toMatchObject({
        ok: true,
        created: false,
        member: { id: 'm1' },
      });
      expect(await joinAsGuest(s, 'p2', 'm2')).toMatchObject({ ok: true, created: true });
      expect(await joinAsGuest(s, 'p3', 'm3')).toEqual({ ok: false, status: 'full' });
      expect(await s.updateMember('w1', 'm1', { role: 'bewoner' })).toMatchObject({
        role: 'bewoner',
        claimedRole: null,
      });
      // A change of name alone confirms nobody.
      expect(await s.updateMember('w1', 'm2', { displayName: 'Nieuw' })).toMatchObject({ role: 'guest' });
      expect(await joinAsGuest(s, 'p3', 'm3')).toMatchObject({ ok: true, created: true });
      // Someone who is already a member (through an invite) stays as they are.
      await s.createInvite(invite());
      const p1 = await accept(s, 'p1', 'mY');
      expect(p1).toMatchObject({ ok: true, created: false, member: { id: 'm1', role: 'bewoner' } });
    },
  );

  c.rule(
    'STORE-MEM2',
    ['confirmGuest', 'refuseGuest', 'getMember'],
    'only a guest who still waits is confirmed or refused',
    async () => {
      const s = c.storage;
      await joinAsGuest(s, 'p1', 'm1', 10);
      await joinAsGuest(s, 'p2', 'm2', 10);
      expect(await s.confirmGuest('w1', 'm1', 'bewoner')).toMatchObject({
        status: 'done',
        member: { id: 'm1', role: 'bewoner', claimedRole: null },
      });
      expect(await s.confirmGuest('w1', 'm1', 'partner')).toMatchObject({
        status: 'confirmed',
        member: { role: 'bewoner' },
      });
      expect(await s.refuseGuest('w1', 'm1', now)).toMatchObject({ status: 'confirmed' });
      expect(await s.getMember('w1', 'm1')).toMatchObject({ role: 'bewoner' });
      expect(await s.refuseGuest('w1', 'm2', now)).toMatchObject({
        status: 'done',
        member: { id: 'm2', role: 'guest' },
      });
      expect(await s.getMember('w1', 'm2')).toBeNull();
      expect(await s.refuseGuest('w1', 'm2', now)).toEqual({ status: 'not_found' });
      expect(await s.confirmGuest('w1', 'm2', 'bewoner')).toEqual({ status: 'not_found' });
      expect(await s.confirmGuest('other', 'm1', 'bewoner')).toEqual({ status: 'not_found' });
    },
  );
}

/** STORE-MEM3–4: members as the facilitator changes and removes them. */
function memberRules(c: ContractScope): void {
  c.rule(
    'STORE-MEM3',
    ['updateMember', 'removeMember', 'listMembers', 'getMemberForPerson', 'listMembershipsForPerson'],
    'a member is changed and removed; a person lists their memberships',
    async () => {
      const s = c.storage;
      await s.createInvite(invite({ maxUses: 5 }));
      await accept(s, 'p1', 'm1');
      await accept(s, 'p2', 'm2', now + 1);
      const updated = await s.updateMember('w1', 'm1', {
        role: 'ambtenaar',
        organisation: 'Gemeente Utrecht',
      });
      expect(updated).toMatchObject({
        role: 'ambtenaar',
        organisation: 'Gemeente Utrecht',
        displayName: 'Naam m1',
      });
      expect(await s.updateMember('w1', 'm1', { organisation: null })).toMatchObject({ organisation: null });
      expect(await s.removeMember('w1', 'm2', now)).toBe(true);
      expect(await s.removeMember('w1', 'm2', now)).toBe(false);
      expect((await s.listMembers('w1')).map((m) => m.id)).toEqual(['m1']);
      expect(await s.getMemberForPerson('w1', 'p2')).toBeNull();
      expect((await s.listMembershipsForPerson('p1')).map((x) => x.werkgroep.id)).toEqual(['w1']);
      // A removed member can be invited again and is a new member.
      expect(await accept(s, 'p2', 'm2b')).toMatchObject({ ok: true, created: true, member: { id: 'm2b' } });
    },
  );

  c.rule(
    'STORE-MEM4',
    ['getMember'],
    'a member is found only in their own werkgroep, and only while they are a member',
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createInvite(invite({ maxUses: 5 }));
      await accept(s, 'p1', 'm1');
      await accept(s, 'p2', 'm2');
      const m1 = await s.getMember('w1', 'm1');
      expect(m1).toEqual({
        id: 'm1',
        werkgroepId: 'w1',
        personId: 'p1',
        displayName: 'Naam m1',
        organisation: null,
        role: 'bewoner',
        claimedRole: null,
        namedInExport: false,
        joinedAt: now,
      });
      expect(await s.getMember('w2', 'm1')).toBeNull();
      expect(await s.getMember('w1', 'nope')).toBeNull();
      await s.removeMember('w1', 'm2', now + 1);
      expect(await s.getMember('w1', 'm2')).toBeNull();
    },
  );
}

export function runMemberContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, { title: 'guests', seed: seedPeople, rules: guestRules });
  describeStore(backend, factory, registry, { title: 'members', seed: seedPeople, rules: memberRules });
}
