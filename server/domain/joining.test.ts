import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens';
import { domainDeps, werkgroepWith } from '../test/domainDeps';
import { createInvite } from './invites';
import { joinWithCode, joinWithInvite } from './joining';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

const member = { displayName: 'Karim', organisation: null, namedInExport: true };

describe('joining: one flow for invites and join codes', () => {
  it('a new person joins with an invite and gets a session; signed in already, they keep their membership', async () => {
    const { werkgroep } = await werkgroepWith(env.deps);
    const invite = await createInvite(env.storage, werkgroep.id, { role: 'bewoner', maxUses: 5 }, 'http://x');
    const first = await joinWithInvite(env.storage, { codeHash: invite.row.codeHash, actor: null, member });
    expect(first).toMatchObject({
      created: true,
      werkgroep: { id: werkgroep.id },
      member: { role: 'bewoner' },
    });
    const session = await env.storage.getSession(hashToken(first.token), Date.now());
    expect(session?.personId).toBe(first.member.personId);

    const again = await joinWithInvite(env.storage, {
      codeHash: invite.row.codeHash,
      actor: { personId: first.member.personId },
      member,
    });
    expect(again.created).toBe(false);
    expect(again.member.id).toBe(first.member.id);
    // A token of its own for the API client, in the same person's name.
    expect(again.token).not.toBe(first.token);
    expect((await env.storage.getSession(hashToken(again.token), Date.now()))?.personId).toBe(
      first.member.personId,
    );
  });

  it('a spent, withdrawn or unknown invite is refused with its code and adds no member', async () => {
    const { werkgroep } = await werkgroepWith(env.deps);
    const invite = await createInvite(env.storage, werkgroep.id, { role: 'bewoner', maxUses: 1 }, 'http://x');
    await joinWithInvite(env.storage, { codeHash: invite.row.codeHash, actor: null, member });
    const refused = (codeHash: string) =>
      joinWithInvite(env.storage, { codeHash, actor: null, member }).catch((e: { code: string }) => e.code);
    expect(await refused(invite.row.codeHash)).toBe('invite_used_up');
    await env.storage.revokeInvite(werkgroep.id, invite.row.id, Date.now());
    expect(await refused(invite.row.codeHash)).toBe('invite_revoked');
    expect(await refused('no such hash')).toBe('not_found');
    expect(await env.storage.listMembers(werkgroep.id)).toHaveLength(1);
  });

  it('joining by code makes a guest with the role they claim; a member joining again stays who they are', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const guest = await joinWithCode(env.storage, {
      werkgroepId: werkgroep.id,
      actor: null,
      claimedRole: 'ambtenaar',
      displayName: 'Bram',
    });
    expect(guest.member).toMatchObject({ role: 'guest', claimedRole: 'ambtenaar', organisation: null });
    const fien = await addMember('facilitator', 'Fien');
    const back = await joinWithCode(env.storage, {
      werkgroepId: werkgroep.id,
      actor: fien.actor,
      claimedRole: 'bewoner',
      displayName: 'Iemand anders',
    });
    expect(back).toMatchObject({ created: false, member: { id: fien.member.id, role: 'facilitator' } });
  });
});
