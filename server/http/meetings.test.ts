import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JOIN_CODE_ALPHABET, meetingSchema } from '../../shared/schemas/meeting';
import { MEETING_MAP, readHands, readMeeting, timerLeft } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import { readMeetingSummaries } from '../../shared/sync/werkgroepDoc';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;
let bram: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  [anna, bram] = w.people as [Person, Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const call = (method: string, path: string, who: Person | null, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const plan = {
  title: 'Bijeenkomst 3',
  date: '2026-12-03',
  startTime: '19:30',
  place: 'Buurthuis De Boog',
  agenda: [
    { title: 'Welkom', minutes: 5 },
    { title: 'Ideeën op het bord', minutes: 20 },
    { title: 'Stemmen', minutes: 15 },
  ],
};

describe('meetings', () => {
  it('only the facilitator plans and runs a meeting; every screen follows through its room', async () => {
    expect((await call('POST', '/meetings', anna, plan)).status).toBe(403);
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    const [welkom, bord] = meeting.agenda;
    const screen = connectClient(s.wsUrl, meeting.room, new Y.Doc(), anna.token);
    clients.push(screen);
    await screen.synced;
    expect(readMeeting(screen.doc)?.agenda.map((i) => i.title)).toEqual([
      'Welkom',
      'Ideeën op het bord',
      'Stemmen',
    ]);

    for (const body of [{ action: 'start' }, { action: 'next' }, { action: 'timer', timer: 'start' }]) {
      expect((await call('POST', `/meetings/${meeting.id}/control`, anna, body)).status).toBe(403);
    }
    expect((await call('PATCH', `/meetings/${meeting.id}`, anna, { agenda: [] })).status).toBe(403);

    const werkgroepRoom = connectClient(
      s.wsUrl,
      roomName('werkgroep', w.werkgroep.id),
      new Y.Doc(),
      bram.token,
    );
    clients.push(werkgroepRoom);
    await werkgroepRoom.synced;
    const started = meetingSchema.parse(
      (await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' })).body,
    );
    expect(started.status).toBe('running');
    // Every werkgroep page can point to the running meeting.
    await waitFor(
      () =>
        readMeetingSummaries(werkgroepRoom.doc).some((m) => m.id === meeting.id && m.status === 'running'),
      5000,
      'running meeting in the werkgroep room',
    );
    expect(started.currentItemId).toBe(welkom?.id);
    expect(started.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(started.timer).toEqual({ endsAt: null, remainingSeconds: 300 });
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'next' });
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'timer', timer: 'start' });
    const added = meetingSchema.parse(
      (
        await call('POST', `/meetings/${meeting.id}/control`, facilitator, {
          action: 'timer',
          timer: 'addMinute',
        })
      ).body,
    );
    expect(timerLeft(added.timer, Date.now())).toBeGreaterThan(20 * 60 + 55);
    await waitFor(
      () =>
        readMeeting(screen.doc)?.currentItemId === bord?.id && readMeeting(screen.doc)?.timer.endsAt !== null,
      5000,
      'screen follows',
    );
    const live = readMeeting(screen.doc);
    expect(
      live && Math.abs(timerLeft(live.timer, Date.now()) - timerLeft(added.timer, Date.now())),
    ).toBeLessThanOrEqual(1);
  });

  it('an agenda item may show the werkgroep’s wijknetwerk (graaf or kaart); the room carries the link', async () => {
    const agenda = [
      { title: 'Wie doet wat in de wijk', minutes: 15, link: { kind: 'netwerk', view: 'graaf' } },
      { title: 'Waar zit iedereen', minutes: 10, link: { kind: 'netwerk', view: 'kaart' } },
    ];
    const bad = await call('POST', '/meetings', facilitator, {
      ...plan,
      agenda: [{ title: 'Tabel', minutes: 5, link: { kind: 'netwerk', view: 'tabel' } }],
    });
    expect(bad.status).toBe(400);
    // No id: a werkgroep has one network, its own; one cannot point at another werkgroep's.
    const withId = await call('POST', '/meetings', facilitator, {
      ...plan,
      agenda: [{ title: 'Ander', minutes: 5, link: { kind: 'netwerk', view: 'graaf', werkgroepId: 'x' } }],
    });
    expect(withId.status).toBe(400);
    const meeting = meetingSchema.parse(
      (await call('POST', '/meetings', facilitator, { ...plan, agenda })).body,
    );
    expect(meeting.agenda.map((i) => i.link)).toEqual(agenda.map((i) => i.link));
    const screen = connectClient(s.wsUrl, meeting.room, new Y.Doc(), anna.token);
    clients.push(screen);
    await screen.synced;
    expect(readMeeting(screen.doc)?.agenda.map((i) => i.link)).toEqual(agenda.map((i) => i.link));
  });

  it('a member’s own writes into the meeting room are dropped (raw client)', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' });
    const rogue = connectClient(s.wsUrl, meeting.room, new Y.Doc(), anna.token);
    clients.push(rogue);
    await rogue.synced;
    const state = rogue.doc.getMap(MEETING_MAP).get('state') as Record<string, unknown>;
    rogue.doc
      .getMap(MEETING_MAP)
      .set('state', { ...state, currentItemId: meeting.agenda[2]?.id, followMe: true });
    await flushed(rogue);
    const fresh = connectClient(s.wsUrl, meeting.room, new Y.Doc(), bram.token);
    clients.push(fresh);
    await fresh.synced;
    expect(readMeeting(fresh.doc)?.currentItemId).toBe(meeting.agenda[0]?.id);
    expect(readMeeting(fresh.doc)?.followMe).toBe(false);
  });

  it('raised hands keep their order; the facilitator lowers one; reactions are paced', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    expect((await call('POST', `/meetings/${meeting.id}/hand`, anna, { up: true })).status).toBe(409);
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' });
    expect((await call('POST', `/meetings/${meeting.id}/hand`, bram, { up: true })).status).toBe(204);
    expect((await call('POST', `/meetings/${meeting.id}/hand`, anna, { up: true })).status).toBe(204);
    expect((await call('POST', `/meetings/${meeting.id}/hand`, bram, { up: true })).status).toBe(204);
    const screen = connectClient(s.wsUrl, meeting.room, new Y.Doc(), facilitator.token);
    clients.push(screen);
    await screen.synced;
    expect(readHands(screen.doc).map((h) => h.name)).toEqual([
      bram.member.displayName,
      anna.member.displayName,
    ]);
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, {
      action: 'lowerHand',
      memberId: bram.member.id,
    });
    await waitFor(() => readHands(screen.doc).length === 1, 5000, 'hand lowered');
    expect(
      (await call('POST', `/meetings/${meeting.id}/reactions`, anna, { reaction: 'applaus' })).status,
    ).toBe(204);
    expect(
      (await call('POST', `/meetings/${meeting.id}/reactions`, anna, { reaction: 'applaus' })).status,
    ).toBe(429);
    expect((await call('POST', `/meetings/${meeting.id}/reactions`, anna, { reaction: 'boe' })).status).toBe(
      400,
    );
  });

  it('joining by short code works only while the meeting runs, and makes a guest who said who they are', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    const started = meetingSchema.parse(
      (await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'start' })).body,
    );
    const code = started.joinCode ?? '';
    expect((await call('GET', `/api/join/${code.toLowerCase()}`, null)).body).toEqual({
      werkgroepName: 'Werkgroep Overvecht',
      meetingTitle: 'Bijeenkomst 3',
      wijk: 'Overvecht',
    });
    expect((await call('GET', '/api/join/ABC', null)).status).toBe(404);
    const yara = { displayName: 'Yara', consent: true, claimedRole: 'ambtenaar' };
    const joined = await call('POST', `/api/join/${code}`, null, yara);
    expect(joined.status).toBe(201);
    expect(joined.body.membership.member).toMatchObject({ role: 'guest', claimedRole: 'ambtenaar' });
    expect(joined.body.meetingId).toBe(meeting.id);
    expect(
      (await call('POST', `/api/join/${code}`, null, { displayName: 'Zonder toestemming' })).status,
    ).toBe(400);
    expect(
      (await call('POST', `/api/join/${code}`, null, { ...yara, claimedRole: 'facilitator' })).status,
    ).toBe(400);
    await call('POST', `/meetings/${meeting.id}/control`, facilitator, { action: 'end' });
    expect((await call('GET', `/api/join/${code}`, null)).status).toBe(404);
    expect((await call('POST', `/api/join/${code}`, null, { ...yara, displayName: 'Te laat' })).status).toBe(
      404,
    );
  });

  it('the minutes are written by the facilitator or the notetaker only', async () => {
    const meeting = meetingSchema.parse((await call('POST', '/meetings', facilitator, plan)).body);
    const item = meeting.agenda[0]?.id ?? '';
    expect(
      (await call('PUT', `/meetings/${meeting.id}/items/${item}/notes`, anna, { notes: 'x' })).status,
    ).toBe(403);
    await call('PATCH', `/meetings/${meeting.id}`, facilitator, { notetakerMemberId: anna.member.id });
    const written = meetingSchema.parse(
      (
        await call('PUT', `/meetings/${meeting.id}/items/${item}/notes`, anna, {
          notes: 'Iedereen welkom geheten.',
        })
      ).body,
    );
    expect(written.notes[item]).toBe('Iedereen welkom geheten.');
    expect(
      (await call('PUT', `/meetings/${meeting.id}/items/${item}/notes`, bram, { notes: 'y' })).status,
    ).toBe(403);
  });
});
