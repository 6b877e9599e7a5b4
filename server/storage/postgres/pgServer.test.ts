import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionSchema } from '../../../shared/schemas/decision';
import { voteViewSchema } from '../../../shared/voting/voteView';
import { connectClient, flushed, type TestClient, waitFor } from '../../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../../test/startTestServer';
import { freshSchema, postgresReachable, type TestSchema } from './pgTestDatabase';

const reachable = await postgresReachable();

/**
 * [PG5] The whole server on PostgreSQL: the HTTP API (werkgroep, invites, members, documents, a
 * secret vote to its decision) and Yjs sync between clients, kept across a restart.
 */
describe.skipIf(!reachable)('the server on PostgreSQL', () => {
  let schema: TestSchema;
  let server: TestServer;
  const clients: TestClient[] = [];
  const start = () => startTestServer({ config: { databaseUrl: schema.url } });

  beforeAll(async () => {
    schema = await freshSchema();
    server = await start();
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.cleanup();
    await schema?.drop();
  });
  const client = (room: string, who: Person) => {
    const c = connectClient(server.wsUrl, room, undefined, who.token);
    clients.push(c);
    return c;
  };

  it('[PG5] serves the API and syncs documents from PostgreSQL, also after a restart', async () => {
    expect(server.storage.kind).toBe('postgres');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const w = await setupWerkgroep(server.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner']);
    const [anna, bram] = w.people as [Person, Person];
    const call = (method: string, path: string, who: Person, body?: unknown) =>
      werkgroepCall(server.url, w.werkgroep.id, method, path, who, body);
    expect(((await call('GET', '/members', w.facilitator)).body as unknown[]).length).toBe(3);

    // Two clients on one section room: what one types reaches the other, stored first.
    const writer = client(w.documentRoom, anna);
    const reader = client(w.documentRoom, bram);
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getText('t').insert(0, 'Samen voor Overvecht');
    await flushed(writer);
    await waitFor(() => reader.doc.getText('t').toString() === 'Samen voor Overvecht', 10_000, 'relay');

    // A secret vote through the API, to its decision.
    const created = await call('POST', '/votes', w.facilitator, {
      question: 'Komt er een moestuin?',
      options: ['Ja', 'Nee'],
      method: 'single',
      rule: 'gelijk_gewicht',
      secret: true,
    });
    expect(created.status).toBe(201);
    const vote = voteViewSchema.parse(created.body);
    expect((await call('PATCH', `/votes/${vote.id}`, w.facilitator, { status: 'open' })).status).toBe(200);
    const [yes] = vote.options;
    for (const who of [anna, bram])
      expect(
        (await call('POST', `/votes/${vote.id}/ballot`, who, { kind: 'single', optionId: yes?.id })).status,
      ).toBe(200);
    const closed = await call('PATCH', `/votes/${vote.id}`, w.facilitator, { status: 'closed' });
    expect(closed.status).toBe(200);
    expect(voteViewSchema.parse(closed.body).tally?.groups.bewoners.voters).toBe(2);
    const decisions = (await call('GET', '/decisions', w.facilitator)).body as unknown[];
    expect(decisions.map((d) => decisionSchema.parse(d).number)).toEqual([1]);

    // Restart on the same database: the text and the rows are still there.
    for (const c of clients.splice(0)) c.destroy();
    await server.cleanup();
    server = await start();
    const later = client(w.documentRoom, anna);
    await later.synced;
    await waitFor(() => later.doc.getText('t').toString() === 'Samen voor Overvecht', 10_000, 'stored text');
    expect(((await call('GET', '/members', w.facilitator)).body as unknown[]).length).toBe(3);
  });
});
