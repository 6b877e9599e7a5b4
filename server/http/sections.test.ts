import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentDetailSchema } from '../../shared/api/routes';
import { authorshipShares } from '../../shared/editor/authorship';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { TEMPLATES } from '../../shared/editor/templates';
import { documentSchema } from '../../shared/schemas/document';
import { sectionSchema } from '../../shared/schemas/section';
import { CloseCode } from '../../shared/sync/closeCodes';
import { readSections } from '../../shared/sync/documentDoc';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let facilitator: Person;
let resident: Person;
let werkgroepId: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
  facilitator = w.facilitator;
  resident = w.people[0] as Person;
  werkgroepId = w.werkgroep.id;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}
function client(room: string, token: string) {
  const c = connectClient(s.wsUrl, room, new Y.Doc(), token);
  clients.push(c);
  return c;
}
async function storedText(room: string) {
  const stored = await s.storage.loadDoc(room);
  const d = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(d, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(d, u);
  return d.getText('t').toString();
}

async function newDocument(kind: string) {
  const created = await call('POST', `/api/werkgroepen/${werkgroepId}/documents`, resident.token, {
    title: 'Ons plan',
    kind,
  });
  expect(created.status).toBe(201);
  const doc = documentSchema.parse(created.body);
  return documentDetailSchema.parse((await call('GET', `/api/documents/${doc.id}`, resident.token)).body)
    .document;
}

describe('documents from templates, in sections', () => {
  it('an ambitiedocument gets the template sections with their guiding questions', async () => {
    const doc = await newDocument('ambitiedocument');
    expect(doc.sections.map((x) => x.title)).toEqual(TEMPLATES.ambitiedocument.map((t) => t.title));
    expect(doc.sections.map((x) => x.title)).toContain('Ambitie: Gelijke kansen');
    expect(doc.sections.every((x) => x.prompt.length > 20 && x.status === 'concept')).toBe(true);
    expect((await newDocument('wijkperspectief')).sections).toHaveLength(4);
  });

  it('the structure room follows the sections live, and only the server writes it', async () => {
    const doc = await newDocument('blank');
    const watcher = client(doc.room, resident.token);
    await watcher.synced;
    await waitFor(() => readSections(watcher.doc).length === 1);
    const added = await call('POST', `/api/documents/${doc.id}/sections`, resident.token, {
      title: 'Nieuwe sectie',
    });
    expect(added.status).toBe(201);
    await waitFor(
      () =>
        readSections(watcher.doc)
          .map((x) => x.title)
          .includes('Nieuwe sectie'),
      5_000,
      'live section',
    );
    // A client writing into the structure room changes nothing for anyone.
    watcher.doc.getMap('sections').delete(readSections(watcher.doc)[0]?.id ?? '');
    const other = client(doc.room, facilitator.token);
    await other.synced;
    await waitFor(() => readSections(other.doc).length === 2);
    expect(readSections(other.doc)).toHaveLength(2);
  });

  it('[lock] a vastgesteld section is read-only for the resident, enforced by the server', async () => {
    const doc = await newDocument('blank');
    const section = doc.sections[0];
    if (!section) throw new Error('no section');
    const residentClient = client(section.room, resident.token);
    await residentClient.synced;
    residentClient.doc.getText('t').insert(0, 'concept van Anna. ');
    await waitFor(() => s.sync.stats().pendingUpdates === 0);

    // Only the facilitator may settle a section.
    expect(
      (
        await call('PATCH', `/api/documents/${doc.id}/sections/${section.id}`, resident.token, {
          status: 'vastgesteld',
        })
      ).status,
    ).toBe(403);
    const closes: number[] = [];
    residentClient.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const settled = await call(
      'PATCH',
      `/api/documents/${doc.id}/sections/${section.id}`,
      facilitator.token,
      { status: 'vastgesteld' },
    );
    expect(sectionSchema.parse(settled.body).status).toBe('vastgesteld');
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5_000, 'resident reconnects');
    await waitFor(() => residentClient.provider.synced, 5_000, 'resident back');
    await waitFor(() => s.sync.stats().pendingUpdates === 0);
    const before = await storedText(section.room);
    expect(before).toBe('concept van Anna. ');

    // The resident's client still types (a client that hides the button is not trusted): nothing is stored.
    residentClient.doc.getText('t').insert(0, 'toch nog iets. ');
    await flushed(residentClient);
    expect(await storedText(section.room)).toBe(before);
    expect(
      (
        await call('PATCH', `/api/documents/${doc.id}/sections/${section.id}`, resident.token, {
          title: 'Andere titel',
        })
      ).status,
    ).toBe(403);

    // The facilitator can still correct it.
    const fac = client(section.room, facilitator.token);
    await fac.synced;
    fac.doc.getText('t').insert(fac.doc.getText('t').length, 'Vastgesteld op 27 november.');
    await flushed(fac);
    expect(await storedText(section.room)).toContain('Vastgesteld op 27 november.');
    expect(await storedText(section.room)).not.toContain('toch nog iets');

    // Back to concept: the resident writes again.
    await call('PATCH', `/api/documents/${doc.id}/sections/${section.id}`, facilitator.token, {
      status: 'in_bespreking',
    });
    await waitFor(() => closes.filter((c) => c === CloseCode.RightsChanged).length >= 2, 5_000, 'unlocked');
    await waitFor(() => residentClient.provider.synced, 5_000);
    residentClient.doc.getText('t').insert(0, 'weer open. ');
    await waitFor(
      () => fac.doc.getText('t').toString().includes('weer open.'),
      5_000,
      'resident writes again',
    );
  });

  it('records who wrote what from the authenticated connection, per role group', async () => {
    const doc = await newDocument('blank');
    const section = doc.sections[0];
    if (!section) throw new Error('no section');
    const write = async (token: string, text: string) => {
      const c = client(section.room, token);
      await c.synced;
      const p = new Y.XmlElement('paragraph');
      c.doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
      p.insert(0, [new Y.XmlText(text)]);
      await flushed(c);
      return c;
    };
    await write(resident.token, 'meer groen op het plein');
    await write(facilitator.token, 'dat plannen we in het voorjaar');
    const stored = await s.storage.loadDoc(section.room);
    const copy = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(copy, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(copy, u);
    expect(authorshipShares(copy)).toMatchObject({ bewoners: 5, facilitators: 6, unknown: 0 });
  });

  it('only the facilitator removes a section; others get 403', async () => {
    const doc = await newDocument('wijkperspectief');
    const target = doc.sections[1];
    if (!target) throw new Error('no section');
    expect(
      (await call('DELETE', `/api/documents/${doc.id}/sections/${target.id}`, resident.token)).status,
    ).toBe(403);
    expect(
      (await call('DELETE', `/api/documents/${doc.id}/sections/${target.id}`, facilitator.token)).status,
    ).toBe(204);
    const after = documentDetailSchema.parse(
      (await call('GET', `/api/documents/${doc.id}`, resident.token)).body,
    ).document;
    expect(after.sections.map((x) => x.id)).not.toContain(target.id);
  });
});
