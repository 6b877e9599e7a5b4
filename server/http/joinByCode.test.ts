import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { werkgroepDetailSchema } from '../../shared/api/routes';
import { meetingSchema } from '../../shared/schemas/meeting';
import { memberSchema } from '../../shared/schemas/member';
import { CloseCode } from '../../shared/sync/closeCodes';
import { roomName } from '../../shared/sync/rooms';
import { readVotes } from '../../shared/sync/werkgroepDoc';
import { myBallotSchema, voteViewSchema } from '../../shared/voting/voteView';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * Issue 14, item 6: one client without a cookie POSTed the projector's code six times and cast six
 * ballots. Joining by code now makes a guest, who votes only once the facilitator confirmed them.
 */
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;
let code: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  anna = w.people[0] as Person;
  const meeting = meetingSchema.parse(
    (await call('POST', '/meetings', facilitator, { title: 'Bijeenkomst', date: '2026-12-03' })).body,
  );
  const started = meetingSchema.parse(
    (await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' })).body,
  );
  code = started.joinCode ?? '';
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

async function call(
  method: string,
  path: string,
  who: Person | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(
    `${s.url}${path.startsWith('/api') ? '' : `/api/werkgroepen/${w.werkgroep.id}`}${path}`,
    {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        ...(body ? { 'content-type': 'application/json', origin: s.url } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    },
  );
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : undefined,
    cookie: res.headers.get('set-cookie'),
  };
}

const joinBody = (displayName: string, claimedRole = 'bewoner') => ({
  displayName,
  consent: true,
  claimedRole,
});

async function joinByCode(displayName: string, claimedRole = 'bewoner'): Promise<Person> {
  const res = await call('POST', `/api/join/${code}`, null, joinBody(displayName, claimedRole));
  expect(res.status).toBe(201);
  return { token: res.body.token, member: memberSchema.parse(res.body.membership.member) };
}

async function openVote() {
  const created = await call('POST', '/votes', facilitator, {
    question: 'Waar komt de moestuin?',
    options: ['Bij de school', 'In het park'],
    method: 'single',
    rule: 'gelijk_gewicht',
  });
  const id = voteViewSchema.parse(created.body).id;
  expect((await call('PATCH', `/votes/${id}`, facilitator, { status: 'open' })).status).toBe(200);
  return id;
}
const ballot = { kind: 'single', optionId: 'o1' };
const composition = async () =>
  werkgroepDetailSchema.parse((await call('GET', '', facilitator)).body).composition;

describe('joining by code: guests until the facilitator confirms them', () => {
  it('six joins from one client without a cookie make six guests; none of them can vote or counts in the parity', async () => {
    const before = await composition();
    const vote = await openVote();
    const guests: Person[] = [];
    for (let i = 0; i < 6; i++) guests.push(await joinByCode(`Stuffer ${i}`));
    expect(new Set(guests.map((g) => g.member.id)).size).toBe(6);
    for (const g of guests) {
      expect(g.member).toMatchObject({ role: 'guest', claimedRole: 'bewoner' });
      const cast = await call('POST', `/votes/${vote}/ballot`, g, ballot);
      expect(cast.status).toBe(403);
      expect(myBallotSchema.parse((await call('GET', `/votes/${vote}/ballot`, g)).body).eligible).toBe(false);
    }
    const view = voteViewSchema.parse((await call('GET', `/votes/${vote}`, facilitator)).body);
    expect(view.turnout).toEqual({ bewoners: 0, ambtenaren: 0, partners: null });
    expect(view.eligible).toEqual({
      bewoners: before.bewoners,
      ambtenaren: before.ambtenaren,
      partners: null,
    });
    const after = await composition();
    expect(after).toEqual({ ...before, guests: before.guests + 6 });
  });

  it('a device that joins again with its session gets its own membership back, not a new one', async () => {
    const first = await call('POST', `/api/join/${code}`, null, joinBody('Yara'));
    const cookie = (first.cookie ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^wa_session=/);
    const count = (await call('GET', '/members', facilitator)).body.length;
    const again = await call('POST', `/api/join/${code}`, null, joinBody('Yara opnieuw', 'ambtenaar'), {
      cookie,
    });
    expect(again.status).toBe(201);
    expect(again.body.membership.member.id).toBe(first.body.membership.member.id);
    expect(again.body.membership.member).toMatchObject({ displayName: 'Yara', claimedRole: 'bewoner' });
    // A member who is already confirmed stays confirmed: joining by code is no way to lose (or gain) rights.
    const annaAgain = await call('POST', `/api/join/${code}`, anna, joinBody('Anna', 'ambtenaar'));
    expect(annaAgain.body.membership.member).toMatchObject({ id: anna.member.id, role: 'bewoner' });
    expect((await call('GET', '/members', facilitator)).body.length).toBe(count);
  });

  it('the facilitator confirms a guest (as claimed or otherwise); their sockets close with RightsChanged and they vote in their group', async () => {
    const vote = await openVote();
    const before = await composition();
    const yusuf = await joinByCode('Yusuf', 'ambtenaar');
    expect((await call('POST', `/votes/${vote}/ballot`, yusuf, ballot)).status).toBe(403);
    const room = connectClient(s.wsUrl, roomName('werkgroep', w.werkgroep.id), new Y.Doc(), yusuf.token);
    clients.push(room);
    await room.synced;
    const closes: number[] = [];
    room.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    // Only the facilitator confirms.
    expect((await call('PATCH', `/members/${yusuf.member.id}`, anna, { role: 'ambtenaar' })).status).toBe(
      403,
    );
    const confirmed = await call('PATCH', `/members/${yusuf.member.id}`, facilitator, { role: 'ambtenaar' });
    expect(confirmed.body).toMatchObject({ role: 'ambtenaar', claimedRole: null });
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'rights-changed close');
    expect((await call('POST', `/votes/${vote}/ballot`, yusuf, ballot)).status).toBe(200);
    await waitFor(
      () => readVotes(room.doc).find((v) => v.id === vote)?.turnout.ambtenaren === 1,
      5_000,
      'counted as ambtenaar',
    );
    expect(await composition()).toEqual({ ...before, ambtenaren: before.ambtenaren + 1 });

    // Another guest said "bewoner"; the facilitator knows her as an official and confirms that.
    const zeynep = await joinByCode('Zeynep', 'bewoner');
    await call('PATCH', `/members/${zeynep.member.id}`, facilitator, { role: 'ambtenaar' });
    expect((await call('POST', `/votes/${vote}/ballot`, zeynep, ballot)).status).toBe(200);
    const view = voteViewSchema.parse((await call('GET', `/votes/${vote}`, facilitator)).body);
    expect(view.turnout).toMatchObject({ bewoners: 0, ambtenaren: 2 });
  });

  it('[SYNC7] a guest who is confirmed is present again right after their sockets reconnect, with the new role', async () => {
    const meetingRoom = (
      await call('GET', '/meetings', facilitator).then((r) => r.body as { room: string; status: string }[])
    ).find((m) => m.status === 'running')?.room as string;
    const zoe = await joinByCode('Zoë', 'ambtenaar');
    const watcher = connectClient(s.wsUrl, meetingRoom, new Y.Doc(), facilitator.token);
    const phone = connectClient(s.wsUrl, meetingRoom, new Y.Doc(), zoe.token);
    clients.push(watcher, phone);
    await Promise.all([watcher.synced, phone.synced]);
    phone.provider.awareness.setLocalStateField('where', 'thuis');
    const id = phone.doc.clientID;
    const seen = () =>
      watcher.provider.awareness.getStates().get(id) as { user?: { role?: string } } | undefined;
    await waitFor(() => seen()?.user?.role === 'guest', 5_000, 'present as guest');
    const closes: number[] = [];
    phone.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    await call('PATCH', `/members/${zoe.member.id}`, facilitator, { role: 'ambtenaar' });
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'rights-changed close');
    // The stock client renews its presence only every 15 s; it must not take that long.
    await waitFor(() => seen()?.user?.role === 'ambtenaar', 5_000, 'present again as ambtenaar');
  });

  it('guests are not in the exported composition nor in the archive’s member list', async () => {
    const members = (await call('GET', '/members', facilitator)).body as { role: string }[];
    const confirmed = members.filter((m) => m.role !== 'guest').length;
    expect(members.length).toBeGreaterThan(confirmed);
    const md = await fetch(`${s.url}/api/documents/${w.documentId}/export?format=md`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(await md.text()).toContain(`De werkgroep heeft ${confirmed} leden.`);
    const archive = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/archive`, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    const files = unzipSync(new Uint8Array(await archive.arrayBuffer()));
    const leden = JSON.parse(new TextDecoder().decode(files['leden.json'])) as { role: string }[];
    expect(leden).toHaveLength(confirmed);
    const werkgroep = JSON.parse(new TextDecoder().decode(files['werkgroep.json']));
    expect(werkgroep.composition.guests).toBe(0);
  });

  it('refusing a guest removes them', async () => {
    const stranger = await joinByCode('Onbekend');
    expect((await call('DELETE', `/members/${stranger.member.id}`, facilitator)).status).toBe(204);
    expect((await call('GET', '', stranger)).status).toBe(403);
  });

  it('at most 50 guests wait at once: more cannot join by code until the facilitator handles some', async () => {
    const waiting = (await call('GET', '/members', facilitator)).body.filter(
      (m: { role: string }) => m.role === 'guest',
    ).length;
    for (let i = waiting; i < 50; i++) await joinByCode(`Wachtend ${i}`);
    const full = await call('POST', `/api/join/${code}`, null, joinBody('Eén te veel'));
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('limit_reached');
  });
});
