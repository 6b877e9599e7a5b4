import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSections } from '../../shared/sync/documentDoc';
import { readMeeting } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import { readMeetingSummaries, readVotes } from '../../shared/sync/werkgroepDoc';
import { connectClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let anna: Person;

beforeAll(async () => {
  s = await startTestServer({ config: { unloadAfterMs: 20 } });
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
  anna = w.people[0] as Person;
});
afterAll(async () => {
  await s.cleanup();
});

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${w.facilitator.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  expect(res.ok).toBe(true);
  return (await res.json()) as Record<string, unknown>;
}

/** Every room unloaded: the next connection loads from storage (and the database). */
const allUnloaded = () => waitFor(() => s.sync.stats().rooms === 0, 10_000, 'rooms unloaded');

/** What a fresh client of `room` holds right after its first sync. */
async function look<T>(room: string, read: (doc: Y.Doc) => T): Promise<T> {
  const c = connectClient(s.wsUrl, room, new Y.Doc(), anna.token);
  try {
    await c.synced;
    return read(c.doc);
  } finally {
    c.destroy();
  }
}

describe('[SYNC12] rooms the server writes are brought in line with the database when loaded', () => {
  it('changes the database has but the room missed (its write failed) are there on the next load', async () => {
    const meeting = await api('POST', `/api/werkgroepen/${w.werkgroep.id}/meetings`, {
      title: 'Buurtavond',
      date: '2030-03-01',
    });
    const added = await api('POST', `/api/documents/${w.documentId}/sections`, { title: 'Groen' });
    await allUnloaded();
    // Committed to the database only, as when the process dies or the room write fails right after.
    await s.storage.updateMeeting(String(meeting.id), { title: 'Buurtavond Overvecht' });
    await s.storage.updateSection(w.sectionId, { status: 'in_bespreking' });
    await s.storage.deleteSection(String(added.id));

    const session = await look(roomName('session', String(meeting.id)), readMeeting);
    expect(session?.title).toBe('Buurtavond Overvecht');
    const summaries = await look(roomName('werkgroep', w.werkgroep.id), readMeetingSummaries);
    expect(summaries.map((m) => m.title)).toEqual(['Buurtavond Overvecht']);
    const sections = await look(w.structureRoom, readSections);
    expect(sections.map((x) => [x.id, x.status])).toEqual([[w.sectionId, 'in_bespreking']]);
  });

  it('loading a room that already agrees stores nothing', async () => {
    const base = `/api/werkgroepen/${w.werkgroep.id}/votes`;
    const vote = await api('POST', base, {
      question: 'Meer bankjes?',
      options: ['Ja', 'Nee'],
      method: 'single',
      rule: 'gelijk_gewicht',
    });
    await api('PATCH', `${base}/${vote.id}`, { status: 'open' });
    const closed = await api('POST', base, {
      question: 'Een moestuin?',
      options: ['Ja', 'Nee'],
      method: 'single',
      rule: 'gelijk_gewicht',
    });
    await api('PATCH', `${base}/${closed.id}`, { status: 'open' });
    await api('PATCH', `${base}/${closed.id}`, { status: 'closed', decisionText: 'Ja' });
    const room = roomName('werkgroep', w.werkgroep.id);
    expect((await look(room, readVotes)).map((v) => [v.id, v.status])).toEqual(
      expect.arrayContaining([
        [vote.id, 'open'],
        [closed.id, 'closed'],
      ]),
    );
    await allUnloaded();
    const before = (await s.storage.loadDoc(room)).lastSeq;
    for (const r of [room, w.structureRoom]) await look(r, (doc) => doc);
    await allUnloaded();
    expect((await s.storage.loadDoc(room)).lastSeq).toBe(before);
  });
});
