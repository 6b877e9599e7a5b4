import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomName } from '../../shared/sync/rooms';
import { readUitvoeringStamp, uitvoeringStamp } from '../../shared/sync/uitvoeringDoc';
import { actieSchema } from '../../shared/uitvoering/actie';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let observer: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['observer']);
  [observer] = w.people as [Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const connect = (werkgroepId: string, token: string) => {
  const c = connectClient(s.wsUrl, roomName('uitvoering', werkgroepId), new Y.Doc(), token);
  clients.push(c);
  return c;
};
const call = (method: string, path: string, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, w.facilitator, body);

describe('the uitvoering: room [SYNC12]', () => {
  it('every change of the plan changes its stamp, live for a reader (an observer too); the plan itself is not in it', async () => {
    const live = connect(w.werkgroep.id, observer.token);
    await live.synced;
    const empty = readUitvoeringStamp(live.doc);
    const created = await call('POST', '/uitvoering/acties', { title: 'Bankjes bij de speeltuin' });
    expect(created.status, created.text).toBe(201);
    const actie = actieSchema.parse(created.body);
    await waitFor(() => readUitvoeringStamp(live.doc) !== empty, 10_000, 'the new actie changes the stamp');
    const afterCreate = readUitvoeringStamp(live.doc);
    expect(
      (await call('POST', `/uitvoering/acties/${actie.id}/voortgang`, { text: 'Besteld.' })).status,
    ).toBe(201);
    await waitFor(
      () => readUitvoeringStamp(live.doc) !== afterCreate,
      10_000,
      'the update changes the stamp',
    );
    const afterUpdate = readUitvoeringStamp(live.doc);
    expect((await call('DELETE', `/uitvoering/acties/${actie.id}`)).status).toBe(204);
    await waitFor(
      () => readUitvoeringStamp(live.doc) !== afterUpdate,
      10_000,
      'the removal changes the stamp',
    );
    expect(JSON.stringify(live.doc.toJSON())).not.toContain('Bankjes');
  });

  it('a plan written to the database only is in the room at its load', async () => {
    const at = Date.now();
    const actie = actieSchema.parse({
      id: 'ac00000000000001',
      title: 'Alleen in de database',
      description: '',
      sectionId: null,
      theme: null,
      decisionIds: [],
      afspraakIds: [],
      leadPartyId: null,
      partnerPartyIds: [],
      start: null,
      end: null,
      milestones: [],
      budget: null,
      status: 'gepland',
      statusReason: '',
      nietBeloven: '',
      published: false,
      createdBy: w.facilitator.member.id,
      createdAt: at,
      updatedAt: at,
    });
    // Stored, never published (as after a crash between the commit and the room write).
    const other = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, []);
    await s.storage.putActie(other.werkgroep.id, actie);
    const c = connect(other.werkgroep.id, other.facilitator.token);
    await c.synced;
    expect(readUitvoeringStamp(c.doc)).toBe(uitvoeringStamp([actie], []));
  });
});
