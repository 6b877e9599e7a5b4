import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { diffStates } from '../../shared/editor/versionDiff';
import { versionDetailSchema, versionSchema } from '../../shared/schemas/version';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let facilitator: Person;
let resident: Person;
let documentId: string;
let room: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
  facilitator = w.facilitator;
  resident = w.people[0] as Person;
  documentId = w.documentId;
  room = w.documentRoom;
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
  return { status: res.status, body: await res.json() };
}
const text = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();

describe('versions', () => {
  it('the facilitator saves a version; it can be compared; restoring brings its text back as a new change', async () => {
    const anna = connectClient(s.wsUrl, room, new Y.Doc({ gc: false }), resident.token);
    clients.push(anna);
    await anna.synced;
    const p = new Y.XmlElement('paragraph');
    anna.doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
    const t = new Y.XmlText('Meer groen op het plein.');
    p.insert(0, [t]);
    await flushed(anna);

    expect(
      (await call('POST', `/api/documents/${documentId}/versions`, resident.token, { name: 'x' })).status,
    ).toBe(403);
    const saved = await call('POST', `/api/documents/${documentId}/versions`, facilitator.token, {
      name: 'na bijeenkomst 3',
    });
    expect(saved.status).toBe(201);
    const version = versionSchema.parse(saved.body);
    expect(version.createdBy).toBe('Fatima (procesbegeleider)');

    t.delete(5, 6);
    t.insert(5, 'bomen ');
    await flushed(anna);
    const later = versionSchema.parse(
      (
        await call('POST', `/api/documents/${documentId}/versions`, facilitator.token, {
          name: 'na bijeenkomst 4',
        })
      ).body,
    );
    const list = await call('GET', `/api/documents/${documentId}/versions`, resident.token);
    expect(list.body.map((v: { name: string }) => v.name)).toEqual(['na bijeenkomst 4', 'na bijeenkomst 3']);

    // Compare: anyone can load both and see what changed.
    const a = versionDetailSchema.parse(
      (await call('GET', `/api/documents/${documentId}/versions/${version.id}`, resident.token)).body,
    );
    const b = versionDetailSchema.parse(
      (await call('GET', `/api/documents/${documentId}/versions/${later.id}`, resident.token)).body,
    );
    const state = (v: typeof a) => new Uint8Array(Buffer.from(v.sections[0]?.state ?? '', 'base64'));
    expect(diffStates(state(a), state(b))).toEqual([
      { type: 'removed', text: 'groen ' },
      { type: 'added', text: 'bomen ' },
    ]);

    // Restore: only the facilitator; the text comes back to everyone, history keeps both.
    expect(
      (await call('POST', `/api/documents/${documentId}/versions/${version.id}/restore`, resident.token))
        .status,
    ).toBe(403);
    const restored = await call(
      'POST',
      `/api/documents/${documentId}/versions/${version.id}/restore`,
      facilitator.token,
    );
    expect(restored.body).toEqual({ restoredSections: 1, recreatedSections: 0 });
    await waitFor(
      () => text(anna.doc).includes('Meer groen op het plein.'),
      5_000,
      'restored text reaches Anna',
    );
    const now = new Uint8Array(Y.encodeStateAsUpdateV2(anna.doc));
    // (y-prosemirror changes only what differs: "bomen " → "groen " keeps the shared "en ".)
    expect(diffStates(state(b), now)).toEqual([
      { type: 'removed', text: 'bom' },
      { type: 'added', text: 'gro' },
    ]);
  });
});
