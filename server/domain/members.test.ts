import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { domainDeps, werkgroepWith } from '../test/domainDeps';
import { renewFacilitatorInvite } from './invites';
import { joinWithCode } from './joining';
import { changeRole, confirmGuest, refuseGuest, removeMember } from './members';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

describe('members', () => {
  it('the last facilitator can neither leave nor lose the role; once there is a second one, they can leave', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const fien = await addMember('facilitator', 'Fien');
    const karim = await addMember('bewoner', 'Karim');
    await expect(removeMember(env.storage, werkgroep.id, fien.member.id)).rejects.toMatchObject({
      code: 'last_facilitator',
    });
    await expect(changeRole(env.storage, werkgroep.id, fien.member.id, 'bewoner')).rejects.toMatchObject({
      code: 'last_facilitator',
    });
    expect((await changeRole(env.storage, werkgroep.id, karim.member.id, 'facilitator')).role).toBe(
      'facilitator',
    );
    expect(await removeMember(env.storage, werkgroep.id, fien.member.id)).toBe(true);
    await expect(changeRole(env.storage, werkgroep.id, fien.member.id, 'bewoner')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('a guest is confirmed once: the same click again changes nothing, another role is already_confirmed', async () => {
    const { werkgroep } = await werkgroepWith(env.deps);
    const { member } = await joinWithCode(env.storage, {
      werkgroepId: werkgroep.id,
      actor: null,
      claimedRole: 'bewoner',
      displayName: 'Gast',
    });
    expect(await confirmGuest(env.storage, werkgroep.id, member.id, 'bewoner')).toMatchObject({
      changed: true,
      member: { role: 'bewoner' },
    });
    expect((await confirmGuest(env.storage, werkgroep.id, member.id, 'bewoner')).changed).toBe(false);
    await expect(confirmGuest(env.storage, werkgroep.id, member.id, 'partner')).rejects.toMatchObject({
      code: 'already_confirmed',
    });
    await expect(refuseGuest(env.storage, werkgroep.id, member.id)).rejects.toMatchObject({
      code: 'already_confirmed',
    });
    await expect(refuseGuest(env.storage, werkgroep.id, 'nobody')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('a new facilitator link withdraws the ones still open', async () => {
    const { werkgroep } = await werkgroepWith(env.deps);
    const first = await renewFacilitatorInvite(env.storage, werkgroep.id, 'http://x');
    const second = await renewFacilitatorInvite(env.storage, werkgroep.id, 'http://x');
    expect(second.withdrawn).toBe(1);
    expect((await env.storage.getInviteByCodeHash(first.invite.row.codeHash))?.revokedAt).not.toBeNull();
    expect(second.invite.url).toMatch(/^http:\/\/x\//);
    await expect(renewFacilitatorInvite(env.storage, 'nope', 'http://x')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
