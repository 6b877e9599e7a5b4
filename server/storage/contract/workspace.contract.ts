import { expect } from 'vitest';
import { accept, invite, memberInput, now, seedPeople, werkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** STORE-WG*, STORE-SES*: werkgroepen, people and their sessions. */
function werkgroepRules(c: ContractScope): void {
  c.rule(
    'STORE-WG1',
    ['createWerkgroep', 'getWerkgroep', 'listWerkgroepen'],
    'a werkgroep reads back exactly; the list is newest first',
    async () => {
      const later = werkgroep({ id: 'w2', name: 'Werkgroep Kanaleneiland', createdAt: now + 1 });
      await c.storage.createWerkgroep(later);
      expect(await c.storage.getWerkgroep('w1')).toEqual(werkgroep());
      expect(await c.storage.getWerkgroep('nope')).toBeNull();
      expect(await c.storage.listWerkgroepen()).toEqual([later, werkgroep()]);
    },
  );

  c.rule(
    'STORE-SES1',
    ['createSession', 'getSession', 'deleteSession'],
    'a session is found only until it expires, and is gone once deleted',
    async () => {
      const session = { tokenHash: 't', personId: 'p1', isAdmin: false, createdAt: now, expiresAt: now + 10 };
      await c.storage.createSession(session);
      expect(await c.storage.getSession('t', now)).toEqual(session);
      expect(await c.storage.getSession('t', now + 10)).toBeNull();
      await c.storage.deleteSession('t');
      expect(await c.storage.getSession('t', now)).toBeNull();
    },
  );

  c.rule(
    'STORE-SES2',
    ['createPerson', 'getSession'],
    'a session says whether its person is an instance admin',
    async () => {
      await c.storage.createPerson('admin', true, now);
      await c.storage.createSession({
        tokenHash: 'a',
        personId: 'admin',
        isAdmin: true,
        createdAt: now,
        expiresAt: now + 10,
      });
      expect((await c.storage.getSession('a', now))?.isAdmin).toBe(true);
    },
  );
}

/** STORE-INV*: invites, and joining a werkgroep through one. */
function inviteRules(c: ContractScope): void {
  c.rule(
    'STORE-INV1',
    ['createInvite', 'acceptInvite', 'getInviteByCodeHash'],
    'an invite is accepted up to its number of uses, once per person',
    async () => {
      const s = c.storage;
      await s.createInvite(invite());
      const a = await accept(s, 'p1', 'm1');
      expect(a).toMatchObject({ ok: true, created: true, member: { role: 'bewoner', werkgroepId: 'w1' } });
      expect(await accept(s, 'p1', 'mX')).toMatchObject({ ok: true, created: false, member: { id: 'm1' } });
      expect((await accept(s, 'p2', 'm2')).ok).toBe(true);
      expect(await accept(s, 'p3', 'm3')).toEqual({ ok: false, status: 'used_up' });
      expect((await s.getInviteByCodeHash('hash-1'))?.uses).toBe(2);
      expect(await s.getInviteByCodeHash('nope')).toBeNull();
    },
  );

  c.rule(
    'STORE-INV2',
    ['revokeInvite', 'acceptInvite'],
    'expired, revoked and unknown invites are refused without counting a use',
    async () => {
      const s = c.storage;
      const join = (codeHash: string) =>
        s.acceptInvite({ codeHash, now, personId: 'p1', member: memberInput('m1') });
      await s.createInvite(invite({ expiresAt: now }));
      expect(await join('hash-1')).toEqual({ ok: false, status: 'expired' });
      await s.createInvite(invite({ id: 'i2', codeHash: 'hash-2' }));
      expect(await s.revokeInvite('w1', 'i2', now)).toBe(true);
      expect(await s.revokeInvite('other', 'i2', now)).toBe(false);
      expect(await join('hash-2')).toEqual({ ok: false, status: 'revoked' });
      expect((await join('nope')).ok).toBe(false);
      expect(await s.listMembers('w1')).toEqual([]);
      expect((await s.getInviteByCodeHash('hash-1'))?.uses).toBe(0);
    },
  );

  c.rule(
    'STORE-INV3',
    ['listInvites'],
    "a werkgroep's invites are listed newest first, as they are now",
    async () => {
      const s = c.storage;
      await s.createWerkgroep(werkgroep({ id: 'w2' }));
      await s.createInvite(invite());
      await s.createInvite(invite({ id: 'i2', codeHash: 'hash-2', role: 'ambtenaar', createdAt: now + 1 }));
      await s.createInvite(invite({ id: 'i3', codeHash: 'hash-3', werkgroepId: 'w2' }));
      await accept(s, 'p1', 'm1');
      await s.revokeInvite('w1', 'i2', now + 5);
      expect(await s.listInvites('w1')).toEqual([
        invite({ id: 'i2', codeHash: 'hash-2', role: 'ambtenaar', createdAt: now + 1, revokedAt: now + 5 }),
        invite({ uses: 1 }),
      ]);
      expect((await s.listInvites('w2')).map((i) => i.id)).toEqual(['i3']);
      expect(await s.listInvites('nope')).toEqual([]);
    },
  );
}

export function runWorkspaceContract(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
): void {
  describeStore(backend, factory, registry, {
    title: 'werkgroepen and sessions',
    seed: seedPeople,
    rules: werkgroepRules,
  });
  describeStore(backend, factory, registry, { title: 'invites', seed: seedPeople, rules: inviteRules });
}
