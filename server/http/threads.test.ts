import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DUE_IN_PAST, threadSchema, todayInNetherlands } from '../../shared/schemas/comment';
import { readThreads } from '../../shared/sync/documentDoc';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let resident: Person;
let official: Person;
let observer: Person;
let documentId: string;
let sectionId: string;
let structureRoom: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar', 'observer']);
  [resident, official, observer] = w.people as [Person, Person, Person];
  documentId = w.documentId;
  sectionId = w.sectionId;
  structureRoom = w.structureRoom;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

/** A calendar day `days` from today (Dutch calendar), as YYYY-MM-DD. */
function inDays(days: number): string {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

describe('comment threads', () => {
  it('a resident asks the municipality a question; an official replies; it is resolved; everyone sees it live', async () => {
    const watcher = connectClient(s.wsUrl, structureRoom, new Y.Doc(), observer.token);
    clients.push(watcher);
    await watcher.synced;
    const created = await call('POST', `/api/documents/${documentId}/threads`, resident.token, {
      sectionId,
      body: 'Wanneer komen de nieuwe bankjes?',
      anchor: { start: 'AAA=', end: 'AAE=', quote: 'bankjes' },
      questionDue: inDays(60),
    });
    expect(created.status).toBe(201);
    const thread = threadSchema.parse(created.body);
    expect(thread.comments[0]?.author).toMatchObject({ name: 'bewoner 1', role: 'bewoner' });
    await waitFor(() => readThreads(watcher.doc).length === 1, 5_000, 'thread live');

    const reply = await call(
      'POST',
      `/api/documents/${documentId}/threads/${thread.id}/replies`,
      official.token,
      {
        body: 'In het voorjaar, we laten het weten.',
      },
    );
    expect(threadSchema.parse(reply.body).comments).toHaveLength(2);
    await call('PATCH', `/api/documents/${documentId}/threads/${thread.id}`, official.token, {
      resolved: true,
    });
    await waitFor(() => readThreads(watcher.doc)[0]?.resolved === true, 5_000, 'resolved live');
    expect(readThreads(watcher.doc)[0]?.comments.map((c) => c.author.role)).toEqual(['bewoner', 'ambtenaar']);
  });

  it('observers read comments but cannot write them; bad input is a 400; unknown section a 404', async () => {
    expect((await call('GET', `/api/documents/${documentId}/threads`, observer.token)).status).toBe(200);
    const denied = await call('POST', `/api/documents/${documentId}/threads`, observer.token, {
      sectionId,
      body: 'Mag ik?',
    });
    expect(denied.status).toBe(403);
    const empty = await call('POST', `/api/documents/${documentId}/threads`, resident.token, {
      sectionId,
      body: '   ',
    });
    expect(empty.status).toBe(400);
    const badDate = await call('POST', `/api/documents/${documentId}/threads`, resident.token, {
      sectionId,
      body: 'x',
      questionDue: '31-02-2027',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.issues[0].path).toBe('questionDue');
    const pastDate = await call('POST', `/api/documents/${documentId}/threads`, resident.token, {
      sectionId,
      body: 'Wanneer komen de bankjes?',
      questionDue: inDays(-1),
    });
    expect(pastDate.status).toBe(400);
    expect(pastDate.body).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'questionDue', message: DUE_IN_PAST }],
    });
    const threads = await call('GET', `/api/documents/${documentId}/threads`, resident.token);
    expect(
      threads.body.some(
        (t: { comments: { body: string }[] }) => t.comments[0]?.body === 'Wanneer komen de bankjes?',
      ),
    ).toBe(false);
    const noSection = await call('POST', `/api/documents/${documentId}/threads`, resident.token, {
      sectionId: 'bestaatniet',
      body: 'x',
    });
    expect(noSection.status).toBe(404);
  });
});
