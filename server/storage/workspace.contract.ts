import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from './Storage';

/** The WorkspaceStore half of the storage contract; see storage.contract.ts. */
export function runWorkspaceContract(
  name: string,
  factory: () => Promise<{ open: () => Promise<Storage>; cleanup: () => Promise<void> }>,
): void {
  describe(`Workspace contract: ${name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    const now = 1_800_000_000_000;
    const w = {
      id: 'w1',
      name: 'Werkgroep Overvecht',
      wijk: 'Overvecht',
      gemeente: 'Utrecht',
      createdAt: now,
    };
    const inviteRow = (over: Partial<Parameters<Storage['createInvite']>[0]> = {}) => ({
      id: 'i1',
      werkgroepId: 'w1',
      role: 'bewoner' as const,
      codeHash: 'hash-1',
      expiresAt: now + 1000,
      maxUses: 2,
      uses: 0,
      revokedAt: null,
      createdAt: now,
      ...over,
    });
    const memberInput = (id: string) => ({
      id,
      displayName: `Naam ${id}`,
      organisation: null,
      namedInExport: false,
    });

    beforeEach(async () => {
      const f = await factory();
      cleanup = f.cleanup;
      storage = await f.open();
      await storage.createWerkgroep(w);
      for (const p of ['p1', 'p2', 'p3']) await storage.createPerson(p, false, now);
    });
    afterEach(async () => {
      await storage.close();
      await cleanup();
    });

    it('stores and lists werkgroepen', async () => {
      expect(await storage.getWerkgroep('w1')).toEqual(w);
      expect(await storage.getWerkgroep('nope')).toBeNull();
      expect(await storage.listWerkgroepen()).toEqual([w]);
    });

    it('finds a session only until it expires, and forgets it when deleted', async () => {
      await storage.createSession({
        tokenHash: 't',
        personId: 'p1',
        isAdmin: false,
        createdAt: now,
        expiresAt: now + 10,
      });
      expect((await storage.getSession('t', now))?.personId).toBe('p1');
      expect(await storage.getSession('t', now + 10)).toBeNull();
      await storage.deleteSession('t');
      expect(await storage.getSession('t', now)).toBeNull();
    });

    it('accepts an invite up to its number of uses, once per person', async () => {
      await storage.createInvite(inviteRow());
      const a = await storage.acceptInvite({
        codeHash: 'hash-1',
        now,
        personId: 'p1',
        member: memberInput('m1'),
      });
      expect(a).toMatchObject({ ok: true, created: true, member: { role: 'bewoner', werkgroepId: 'w1' } });
      const again = await storage.acceptInvite({
        codeHash: 'hash-1',
        now,
        personId: 'p1',
        member: memberInput('mX'),
      });
      expect(again).toMatchObject({ ok: true, created: false, member: { id: 'm1' } });
      expect(
        (await storage.acceptInvite({ codeHash: 'hash-1', now, personId: 'p2', member: memberInput('m2') }))
          .ok,
      ).toBe(true);
      expect(
        await storage.acceptInvite({ codeHash: 'hash-1', now, personId: 'p3', member: memberInput('m3') }),
      ).toEqual({
        ok: false,
        status: 'used_up',
      });
      expect((await storage.getInviteByCodeHash('hash-1'))?.uses).toBe(2);
    });

    it('adds a guest with the role they claim, once per person, up to the number that may wait; a role confirms them', async () => {
      const guest = (personId: string, id: string, maxWaiting = 2) =>
        storage.joinAsGuest({
          werkgroepId: 'w1',
          now,
          personId,
          claimedRole: 'ambtenaar',
          maxWaiting,
          member: memberInput(id),
        });
      expect(await guest('p1', 'm1')).toMatchObject({
        ok: true,
        created: true,
        member: { id: 'm1', role: 'guest', claimedRole: 'ambtenaar' },
      });
      expect(await guest('p1', 'mX')).toMatchObject({ ok: true, created: false, member: { id: 'm1' } });
      expect(await guest('p2', 'm2')).toMatchObject({ ok: true, created: true });
      expect(await guest('p3', 'm3')).toEqual({ ok: false, status: 'full' });
      expect(await storage.updateMember('w1', 'm1', { role: 'bewoner' })).toMatchObject({
        role: 'bewoner',
        claimedRole: null,
      });
      // A change of name alone confirms nobody.
      expect(await storage.updateMember('w1', 'm2', { displayName: 'Nieuw' })).toMatchObject({
        role: 'guest',
      });
      expect(await guest('p3', 'm3')).toMatchObject({ ok: true, created: true });
      // Someone who is already a member (through an invite) stays as they are.
      await storage.createInvite(inviteRow());
      const p1 = await storage.acceptInvite({
        codeHash: 'hash-1',
        now,
        personId: 'p1',
        member: memberInput('mY'),
      });
      expect(p1).toMatchObject({ ok: true, created: false, member: { id: 'm1', role: 'bewoner' } });
    });

    it('confirms or refuses only a guest who still waits', async () => {
      const guest = (personId: string, id: string) =>
        storage.joinAsGuest({
          werkgroepId: 'w1',
          now,
          personId,
          claimedRole: 'ambtenaar',
          maxWaiting: 10,
          member: memberInput(id),
        });
      await guest('p1', 'm1');
      await guest('p2', 'm2');
      expect(await storage.confirmGuest('w1', 'm1', 'bewoner')).toMatchObject({
        status: 'done',
        member: { id: 'm1', role: 'bewoner', claimedRole: null },
      });
      expect(await storage.confirmGuest('w1', 'm1', 'partner')).toMatchObject({
        status: 'confirmed',
        member: { role: 'bewoner' },
      });
      expect(await storage.refuseGuest('w1', 'm1', now)).toMatchObject({ status: 'confirmed' });
      expect(await storage.getMember('w1', 'm1')).toMatchObject({ role: 'bewoner' });
      expect(await storage.refuseGuest('w1', 'm2', now)).toMatchObject({
        status: 'done',
        member: { id: 'm2', role: 'guest' },
      });
      expect(await storage.getMember('w1', 'm2')).toBeNull();
      expect(await storage.refuseGuest('w1', 'm2', now)).toEqual({ status: 'not_found' });
      expect(await storage.confirmGuest('w1', 'm2', 'bewoner')).toEqual({ status: 'not_found' });
      expect(await storage.confirmGuest('other', 'm1', 'bewoner')).toEqual({ status: 'not_found' });
    });

    it('refuses expired, revoked and unknown invites without counting a use', async () => {
      await storage.createInvite(inviteRow({ expiresAt: now }));
      expect(
        await storage.acceptInvite({ codeHash: 'hash-1', now, personId: 'p1', member: memberInput('m1') }),
      ).toEqual({
        ok: false,
        status: 'expired',
      });
      await storage.createInvite(inviteRow({ id: 'i2', codeHash: 'hash-2' }));
      expect(await storage.revokeInvite('w1', 'i2', now)).toBe(true);
      expect(await storage.revokeInvite('other', 'i2', now)).toBe(false);
      expect(
        await storage.acceptInvite({ codeHash: 'hash-2', now, personId: 'p1', member: memberInput('m1') }),
      ).toEqual({
        ok: false,
        status: 'revoked',
      });
      expect(
        (await storage.acceptInvite({ codeHash: 'nope', now, personId: 'p1', member: memberInput('m1') })).ok,
      ).toBe(false);
      expect(await storage.listMembers('w1')).toEqual([]);
    });

    it('changes a member, removes one, and lists memberships of a person', async () => {
      await storage.createInvite(inviteRow({ maxUses: 5 }));
      await storage.acceptInvite({ codeHash: 'hash-1', now, personId: 'p1', member: memberInput('m1') });
      await storage.acceptInvite({
        codeHash: 'hash-1',
        now: now + 1,
        personId: 'p2',
        member: memberInput('m2'),
      });
      const updated = await storage.updateMember('w1', 'm1', {
        role: 'ambtenaar',
        organisation: 'Gemeente Utrecht',
      });
      expect(updated).toMatchObject({
        role: 'ambtenaar',
        organisation: 'Gemeente Utrecht',
        displayName: 'Naam m1',
      });
      expect(await storage.updateMember('w1', 'm1', { organisation: null })).toMatchObject({
        organisation: null,
      });
      expect(await storage.removeMember('w1', 'm2', now)).toBe(true);
      expect(await storage.removeMember('w1', 'm2', now)).toBe(false);
      expect((await storage.listMembers('w1')).map((m) => m.id)).toEqual(['m1']);
      expect(await storage.getMemberForPerson('w1', 'p2')).toBeNull();
      expect((await storage.listMembershipsForPerson('p1')).map((x) => x.werkgroep.id)).toEqual(['w1']);
      // A removed member can be invited again and is a new member.
      const back = await storage.acceptInvite({
        codeHash: 'hash-1',
        now,
        personId: 'p2',
        member: memberInput('m2b'),
      });
      expect(back).toMatchObject({ ok: true, created: true, member: { id: 'm2b' } });
    });

    it('keeps documents per werkgroep, with their sections in order', async () => {
      const section = (id: string, position: number) => ({
        id,
        documentId: 'd1',
        title: `Sectie ${id}`,
        prompt: 'Vraag?',
        status: 'concept' as const,
        position,
        createdAt: now,
      });
      const doc = {
        id: 'd1',
        werkgroepId: 'w1',
        title: 'Ambitiedocument',
        kind: 'ambitiedocument' as const,
        createdAt: now,
      };
      await storage.createDocument(doc, [section('s1', 0), section('s2', 1)]);
      expect(await storage.getDocument('d1')).toEqual(doc);
      expect(await storage.listDocuments('w1')).toHaveLength(1);
      expect(await storage.listDocuments('w2')).toHaveLength(0);
      const { position: _p, ...rest } = section('s3', 0);
      expect((await storage.insertSection(rest, 's1')).position).toBe(1);
      await storage.insertSection({ ...rest, id: 's4' }, null);
      expect((await storage.listSections('d1')).map((s) => s.id)).toEqual(['s1', 's3', 's2', 's4']);
      expect(await storage.updateSection('s2', { status: 'vastgesteld' })).toMatchObject({
        status: 'vastgesteld',
        title: 'Sectie s2',
      });
      expect(await storage.deleteSection('s3')).toBe(true);
      expect((await storage.getSection('s2'))?.documentId).toBe('d1');
      expect((await storage.listSections('d1')).map((s) => s.id)).toEqual(['s1', 's2', 's4']);
    });

    it('keeps comment threads with their replies, resolvable, with the author names', async () => {
      await storage.createInvite(inviteRow({ maxUses: 5 }));
      await storage.acceptInvite({ codeHash: 'hash-1', now, personId: 'p1', member: memberInput('m1') });
      await storage.createDocument(
        { id: 'd1', werkgroepId: 'w1', title: 'Doc', kind: 'blank', createdAt: now },
        [],
      );
      const anchor = { start: 'AAE=', end: 'AAI=', quote: 'meer groen' };
      await storage.createThread(
        { id: 't1', documentId: 'd1', sectionId: 's1', anchor, questionDue: '2027-01-31', createdAt: now },
        { id: 'c1', authorMemberId: 'm1', body: 'Wanneer komt dit?', createdAt: now },
      );
      await storage.addComment('t1', {
        id: 'c2',
        authorMemberId: 'm1',
        body: 'Nog even geduld.',
        createdAt: now + 1,
      });
      await storage.setThreadResolved('t1', true, 'm1', now + 2);
      const [thread] = await storage.listThreads('d1');
      expect(thread).toMatchObject({ id: 't1', anchor, questionDue: '2027-01-31', resolvedAt: now + 2 });
      expect(thread?.comments.map((c) => [c.body, c.authorName])).toEqual([
        ['Wanneer komt dit?', 'Naam m1'],
        ['Nog even geduld.', 'Naam m1'],
      ]);
      await storage.setThreadResolved('t1', false, 'm1', now + 3);
      expect((await storage.getThread('t1'))?.resolvedAt).toBeNull();
    });
  });
}
