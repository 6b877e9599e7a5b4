import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiErrorSchema } from '../../shared/api/errors';
import { werkgroepDetailSchema } from '../../shared/api/routes';
import { meetingSchema } from '../../shared/schemas/meeting';
import { memberSchema } from '../../shared/schemas/member';
import { CloseCode } from '../../shared/sync/closeCodes';
import { roomName } from '../../shared/sync/rooms';
import { voteViewSchema } from '../../shared/voting/voteView';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * Issue 15: someone who joins by code says who they are, is shown apart until the facilitator confirms
 * them from the console, and the server (not only the page) keeps their ballot out until then. Confirm
 * and refuse act only on someone who still waits, so a double click or a second facilitator with an
 * older list changes nothing they did not mean.
 */
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;
let code: string;
let meetingId: string;
let voteId: string;
const clients: TestClient[] = [];

const call = (method: string, path: string, who: Person | null, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const codeOf = (answer: { body: unknown }) => apiErrorSchema.parse(answer.body).code;
const composition = async () =>
  werkgroepDetailSchema.parse((await call('GET', '', facilitator)).body).composition;

async function joinByCode(displayName: string, claimedRole: string): Promise<Person> {
  const res = await call('POST', `/api/join/${code}`, null, { displayName, consent: true, claimedRole });
  expect(res.status).toBe(201);
  const body = res.body as { token: string; membership: { member: unknown } };
  return { token: body.token, member: memberSchema.parse(body.membership.member) };
}

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  anna = w.people[0] as Person;
  const meeting = meetingSchema.parse(
    (await call('POST', '/meetings', facilitator, { title: 'Bijeenkomst', date: '2026-12-17' })).body,
  );
  meetingId = meeting.id;
  const started = meetingSchema.parse(
    (await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' })).body,
  );
  code = started.joinCode ?? '';
  const vote = await call('POST', '/votes', facilitator, {
    question: 'Waar komt de moestuin?',
    options: ['Bij de school', 'In het park'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  voteId = voteViewSchema.parse(vote.body).id;
  expect((await call('PATCH', `/votes/${voteId}`, facilitator, { status: 'open' })).status).toBe(200);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

describe('joining by code: who you say you are, confirmed by the facilitator', () => {
  it('the declared role must be bewoner, ambtenaar or partner: anything else is a 400 naming claimedRole', async () => {
    const members = (await call('GET', '/members', facilitator)).body as unknown[];
    for (const claimedRole of ['facilitator', 'observer', 'guest', 'Ambtenaar', '', 7, null, undefined]) {
      const res = await call('POST', `/api/join/${code}`, null, {
        displayName: 'Iemand',
        consent: true,
        claimedRole,
      });
      expect(res.status, String(claimedRole)).toBe(400);
      expect(codeOf(res)).toBe('validation_failed');
      expect(JSON.stringify(res.body)).toContain('claimedRole');
    }
    expect((await call('GET', '/members', facilitator)).body).toHaveLength(members.length);
  });

  it('a waiting guest is stored with the role they declared, counts nowhere, and is refused with not_confirmed', async () => {
    const before = await composition();
    const yusuf = await joinByCode('Yusuf', 'ambtenaar');
    expect(yusuf.member).toMatchObject({ role: 'guest', claimedRole: 'ambtenaar' });
    expect(await composition()).toEqual({ ...before, guests: before.guests + 1 });
    const ballot = await call('POST', `/votes/${voteId}/ballot`, yusuf, { kind: 'single', optionId: 'o1' });
    expect(ballot.status).toBe(403);
    expect(codeOf(ballot)).toBe('not_confirmed');
    // Nor can the facilitator enter a ballot for him.
    const proxy = await call('POST', `/votes/${voteId}/proxy-ballots`, facilitator, {
      memberId: yusuf.member.id,
      ballot: { kind: 'single', optionId: 'o1' },
      note: 'Stemde met de hand',
    });
    expect(codeOf(proxy)).toBe('not_confirmed');
    const hand = await call('POST', `/meetings/${meetingId}/hand`, yusuf, { up: true });
    expect([hand.status, codeOf(hand)]).toEqual([403, 'not_confirmed']);
    // What no confirmed ambtenaar may do either stays plainly forbidden.
    const manage = await call('POST', `/meetings/${meetingId}/control`, yusuf, { action: 'next' });
    expect([manage.status, codeOf(manage)]).toEqual([403, 'forbidden']);
    const view = voteViewSchema.parse((await call('GET', `/votes/${voteId}`, facilitator)).body);
    expect(view.turnout).toMatchObject({ bewoners: 0, ambtenaren: 0 });
  });

  it('confirming (as declared or as another role) lets them vote and count; the same click twice changes nothing, another role on a confirmed member is a 409', async () => {
    const before = await composition();
    const zeynep = await joinByCode('Zeynep', 'bewoner');
    const room = connectClient(s.wsUrl, roomName('werkgroep', w.werkgroep.id), new Y.Doc(), zeynep.token);
    clients.push(room);
    await room.synced;
    const closes: number[] = [];
    room.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const path = `/members/${zeynep.member.id}/confirm`;
    expect(codeOf(await call('POST', path, anna, { role: 'ambtenaar' }))).toBe('forbidden');
    expect((await call('POST', path, facilitator, { role: 'wethouder' })).status).toBe(400);
    // The facilitator knows her: she works for the municipality.
    const confirmed = await call('POST', path, facilitator, { role: 'ambtenaar' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ role: 'ambtenaar', claimedRole: null });
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'rights-changed close');
    expect(await composition()).toEqual({ ...before, ambtenaren: before.ambtenaren + 1 });
    const ballot = await call('POST', `/votes/${voteId}/ballot`, zeynep, { kind: 'single', optionId: 'o2' });
    expect(ballot.status).toBe(200);
    const view = voteViewSchema.parse((await call('GET', `/votes/${voteId}`, facilitator)).body);
    expect(view.turnout).toMatchObject({ ambtenaren: 1 });

    // A second click, or a second console, with the same role: still 200, nothing else happens.
    const again = await call('POST', path, facilitator, { role: 'ambtenaar' });
    expect([again.status, again.body]).toEqual([200, confirmed.body]);
    // With an older list saying "bewoner": refused, her role stays.
    const other = await call('POST', path, facilitator, { role: 'bewoner' });
    expect([other.status, codeOf(other)]).toEqual([409, 'already_confirmed']);
    const refuse = await call('POST', `/members/${zeynep.member.id}/refuse`, facilitator);
    expect([refuse.status, codeOf(refuse)]).toEqual([409, 'already_confirmed']);
    expect(await composition()).toEqual({ ...before, ambtenaren: before.ambtenaren + 1 });
    // A change of role stays possible the ordinary way (Leden).
    const changed = await call('PATCH', `/members/${zeynep.member.id}`, facilitator, { role: 'bewoner' });
    expect(changed.body).toMatchObject({ role: 'bewoner' });
  });

  it("only this werkgroep's facilitator confirms: not the guest themselves, not a member, not another werkgroep's facilitator", async () => {
    const guest = await joinByCode('Zelf', 'ambtenaar');
    for (const who of [guest, anna]) {
      const self = await call('POST', `/members/${guest.member.id}/confirm`, who, { role: 'ambtenaar' });
      expect(self.status).toBe(403);
      expect((await call('POST', `/members/${guest.member.id}/refuse`, who)).status).toBe(403);
    }
    const other = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
    const across = (action: string) =>
      werkgroepCall(
        s.url,
        other.werkgroep.id,
        'POST',
        `/members/${guest.member.id}/${action}`,
        other.facilitator,
        {
          role: 'ambtenaar',
        },
      );
    expect((await across('confirm')).status).toBe(404);
    expect((await across('refuse')).status).toBe(404);
    // Still waiting, still apart.
    const members = (await call('GET', '/members', facilitator)).body as { id: string; role: string }[];
    expect(members.find((m) => m.id === guest.member.id)?.role).toBe('guest');
  });

  it('refusing removes a waiting guest: their sockets close, the werkgroep is closed to them, confirming them after is a 404', async () => {
    const stranger = await joinByCode('Onbekend', 'partner');
    const room = connectClient(s.wsUrl, roomName('werkgroep', w.werkgroep.id), new Y.Doc(), stranger.token);
    clients.push(room);
    await room.synced;
    const closes: number[] = [];
    room.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const before = await composition();
    const refused = await call('POST', `/members/${stranger.member.id}/refuse`, facilitator);
    expect(refused.status).toBe(204);
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'rights-changed close');
    await waitFor(() => closes.includes(CloseCode.Forbidden), 5_000, 'refused at reconnect');
    room.destroy();
    expect(await composition()).toEqual({ ...before, guests: before.guests - 1 });
    expect((await call('GET', '', stranger)).status).toBe(403);
    const late = await call('POST', `/members/${stranger.member.id}/confirm`, facilitator, {
      role: 'partner',
    });
    expect([late.status, codeOf(late)]).toEqual([404, 'not_found']);
    expect((await call('POST', `/members/${stranger.member.id}/refuse`, facilitator)).status).toBe(404);
  });

  it('a refused person who joins by code again waits again as a new guest (the facilitator decides again)', async () => {
    const first = await call('POST', `/api/join/${code}`, null, {
      displayName: 'Bas',
      consent: true,
      claimedRole: 'bewoner',
    });
    const bas = first.body as { token: string; membership: { member: { id: string } } };
    const basPerson = { token: bas.token, member: memberSchema.parse(bas.membership.member) };
    await call('POST', `/members/${bas.membership.member.id}/refuse`, facilitator);
    const again = await call('POST', `/api/join/${code}`, basPerson, {
      displayName: 'Bas',
      consent: true,
      claimedRole: 'bewoner',
    });
    expect(again.status).toBe(201);
    const member = memberSchema.parse((again.body as { membership: { member: unknown } }).membership.member);
    expect(member.id).not.toBe(bas.membership.member.id);
    expect(member).toMatchObject({ role: 'guest', claimedRole: 'bewoner' });
  });
});
