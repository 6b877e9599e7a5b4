import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { domainDeps, werkgroepWith } from '../test/domainDeps';
import { createBoard } from './boards/boards';
import { createDocument } from './documents';
import { joinWithCode } from './joining';
import { boardFor, documentFor, meetingFor, memberFor } from './loaders';
import { createMeeting } from './meetings';

let env: Awaited<ReturnType<typeof domainDeps>>;
beforeEach(async () => {
  env = await domainDeps();
});
afterEach(() => env.cleanup());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code ?? String(e),
  );

describe('loaders: ids and the actor in, a row out or a domain error', () => {
  it('an unknown werkgroep is a 404 for everyone, before asking who acts (401) or whether they are a member (403)', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const fien = await addMember('facilitator', 'Fien');
    expect(await code(memberFor(env.storage, 'nope', null, 'document.read'))).toBe('not_found');
    expect(await code(memberFor(env.storage, werkgroep.id, null, 'document.read'))).toBe('unauthorized');
    expect(await code(memberFor(env.storage, werkgroep.id, { personId: null }, 'document.read'))).toBe(
      'unauthorized',
    );
    expect(await code(memberFor(env.storage, werkgroep.id, { personId: 'stranger' }, 'document.read'))).toBe(
      'forbidden',
    );
    const { member } = await memberFor(env.storage, werkgroep.id, fien.actor, 'members.manage');
    expect(member.id).toBe(fien.member.id);
  });

  it('a member without the right hears forbidden; a waiting guest who would have it hears not_confirmed', async () => {
    const { werkgroep, addMember } = await werkgroepWith(env.deps);
    const bewoner = await addMember('bewoner', 'Karim');
    expect(await code(memberFor(env.storage, werkgroep.id, bewoner.actor, 'members.manage'))).toBe(
      'forbidden',
    );
    const guest = await joinWithCode(env.storage, {
      werkgroepId: werkgroep.id,
      actor: null,
      claimedRole: 'bewoner',
      displayName: 'Gast',
    });
    const actor = { personId: guest.member.personId };
    expect(await code(memberFor(env.storage, werkgroep.id, actor, 'vote.cast'))).toBe('not_confirmed');
    expect(await code(memberFor(env.storage, werkgroep.id, actor, 'members.manage'))).toBe('forbidden');
  });

  it('a document, board or meeting of another werkgroep is a 404, as is an unknown one', async () => {
    const a = await werkgroepWith(env.deps);
    const b = await werkgroepWith(env.deps);
    const fienA = await a.addMember('facilitator', 'Fien');
    const fienB = await b.addMember('facilitator', 'Femke');
    const doc = await createDocument(env.storage, a.werkgroep.id, { title: 'Plan', kind: 'ambitiedocument' });
    const board = await createBoard(env.deps, a.werkgroep.id, fienA.member, {
      title: 'Bord',
      template: 'blank',
    });
    const meeting = await createMeeting(env.storage, a.werkgroep.id, {
      title: 'Avond',
      date: '2026-12-01',
      startTime: '19:30',
      place: 'Buurthuis',
      agenda: [],
    });
    expect((await documentFor(env.storage, doc.id, fienA.actor, 'document.read')).document.id).toBe(doc.id);
    expect(await code(documentFor(env.storage, doc.id, fienB.actor, 'document.read'))).toBe('forbidden');
    expect(await code(documentFor(env.storage, 'nope', fienA.actor, 'document.read'))).toBe('not_found');
    expect((await boardFor(env.storage, a.werkgroep.id, board.id, fienA.actor)).board.id).toBe(board.id);
    expect(await code(boardFor(env.storage, b.werkgroep.id, board.id, fienB.actor))).toBe('not_found');
    expect((await meetingFor(env.storage, a.werkgroep.id, meeting.id, fienA.actor)).meeting.id).toBe(
      meeting.id,
    );
    expect(await code(meetingFor(env.storage, b.werkgroep.id, meeting.id, fienB.actor))).toBe('not_found');
  });
});
