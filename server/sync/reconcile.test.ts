import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSections } from '../../shared/sync/documentDoc';
import { readMeeting } from '../../shared/sync/meetingDoc';
import { roomName } from '../../shared/sync/rooms';
import { readDecisions, readMeetingSummaries, readVotes } from '../../shared/sync/werkgroepDoc';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, type TestClient } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { makeTempDir } from '../test/startTestServer';

const clients: TestClient[] = [];
const children: ChildServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0)) {
    child.child.kill('SIGKILL');
    await child.exited;
  }
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

const ADMIN = 'reconcile-test-admin-token-0123456789';

async function start(dataDir: string, crashAt?: string) {
  const c = await startChildServer({
    DATA_DIR: dataDir,
    ADMIN_TOKEN: ADMIN,
    NODE_ENV: 'test',
    ...(crashAt ? { WIJKATELIER_TEST_CRASH_AT: crashAt } : {}),
  });
  children.push(c);
  return c;
}

/** SIGTERM: a clean stop, so the next start begins from a stored, agreeing state. */
async function stop(server: ChildServer) {
  server.child.kill('SIGTERM');
  expect((await server.exited).code).toBe(0);
  children.splice(children.indexOf(server), 1);
}

async function api(server: ChildServer, who: Person, method: string, path: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${who.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** The request that makes the server kill itself: it never answers. */
async function crashOn(server: ChildServer, request: () => Promise<unknown>) {
  await expect(request()).rejects.toThrow();
  expect((await server.exited).signal).toBe('SIGKILL');
  children.splice(children.indexOf(server), 1);
}

/** A fresh client of `room`: what it holds right after its first sync is what the server had. */
async function synced(server: ChildServer, room: string, who: Person) {
  const c = connectClient(server.wsUrl, room, new Y.Doc(), who.token);
  clients.push(c);
  await c.synced;
  return c.doc;
}

describe('[SYNC12] rooms the server writes follow the database after kill -9', () => {
  it('a vote closed in the database just before the crash is closed, with its decision, in the room', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    let server = await start(dataDir);
    const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN, ['bewoner', 'ambtenaar']);
    const [anna] = w.people as [Person];
    const base = `/api/werkgroepen/${w.werkgroep.id}/votes`;
    const vote = await api(server, w.facilitator, 'POST', base, {
      question: 'Waar komt de moestuin?',
      options: ['Bij de school', 'In het park'],
      method: 'single',
      rule: 'gelijk_gewicht',
    });
    await api(server, w.facilitator, 'PATCH', `${base}/${vote.id}`, { status: 'open' });
    await api(server, anna, 'POST', `${base}/${vote.id}/ballot`, { kind: 'single', optionId: 'o1' });
    const room = roomName('werkgroep', w.werkgroep.id);
    expect(readVotes(await synced(server, room, anna))[0]?.status).toBe('open');
    await stop(server);

    // The close commits to the database; the process dies before it writes the room.
    server = await start(dataDir, 'before-room-write:werkgroep');
    const watcher = await synced(server, room, anna);
    expect(readVotes(watcher)[0]?.status).toBe('open');
    await crashOn(server, () =>
      api(server, w.facilitator, 'PATCH', `${base}/${vote.id}`, { status: 'closed', decisionText: 'School' }),
    );

    server = await start(dataDir);
    expect((await api(server, anna, 'GET', `${base}/${vote.id}`)).status).toBe('closed');
    const after = await synced(server, room, anna);
    const [shown] = readVotes(after);
    expect(shown?.status).toBe('closed');
    expect(shown?.decisionId).toBeTruthy();
    expect(readDecisions(after).map((d) => [d.id, d.voteId, d.text])).toEqual([
      [shown?.decisionId, vote.id, 'School'],
    ]);
  });

  it("a meeting started in the database just before the crash runs on every screen: its room and the werkgroep's", async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    let server = await start(dataDir);
    const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN, ['bewoner']);
    const [anna] = w.people as [Person];
    const base = `/api/werkgroepen/${w.werkgroep.id}/meetings`;
    const meeting = await api(server, w.facilitator, 'POST', base, {
      title: 'Buurtavond',
      date: '2030-03-01',
      agenda: [{ title: 'Opening', minutes: 5 }],
    });
    const session = roomName('session', String(meeting.id));
    expect(readMeeting(await synced(server, session, anna))?.status).toBe('planned');
    await stop(server);

    server = await start(dataDir, 'before-room-write:session');
    await crashOn(server, () =>
      api(server, w.facilitator, 'POST', `${base}/${meeting.id}/control`, { action: 'start' }),
    );

    server = await start(dataDir);
    const shown = readMeeting(await synced(server, session, anna));
    expect(shown?.status).toBe('running');
    expect(shown?.currentItemId).toBeTruthy();
    const werkgroep = await synced(server, roomName('werkgroep', w.werkgroep.id), anna);
    expect(readMeetingSummaries(werkgroep)).toEqual([
      { id: meeting.id, title: 'Buurtavond', status: 'running' },
    ]);
  });

  it("a section settled in the database just before the crash shows as vastgesteld in the document's room", async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    let server = await start(dataDir);
    const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN, ['bewoner']);
    const [anna] = w.people as [Person];
    expect(readSections(await synced(server, w.structureRoom, anna))[0]?.status).toBe('concept');
    await stop(server);

    server = await start(dataDir, 'before-room-write:doc');
    await crashOn(server, () =>
      api(server, w.facilitator, 'PATCH', `/api/documents/${w.documentId}/sections/${w.sectionId}`, {
        status: 'vastgesteld',
      }),
    );

    server = await start(dataDir);
    const [section] = readSections(await synced(server, w.structureRoom, anna));
    expect(section).toMatchObject({ id: w.sectionId, status: 'vastgesteld' });
  });
});
