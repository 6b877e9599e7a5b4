import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorshipShares } from '../../shared/editor/authorship';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { diffStates } from '../../shared/editor/versionDiff';
import { versionDetailSchema, versionSchema } from '../../shared/schemas/version';
import { versionSectionDoc } from '../domain/versions';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';
import { newcomerSync, storedBytes, storedDoc } from '../test/syncSize';

const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.cleanup();
});

async function server() {
  const s = await startTestServer({ openAccess: true, config: { unloadAfterMs: 50 } });
  servers.push(s);
  return s;
}
/** A client as the app makes it: a stock provider on a Y.Doc that keeps deleted content. */
function client(s: TestServer, room: string, doc = new Y.Doc({ gc: false })) {
  const c = connectClient(s.wsUrl, room, doc);
  clients.push(c);
  return c;
}
function paragraph(doc: Y.Doc, text: string): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText(text);
  p.insert(0, [t]);
  doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
  return t;
}
const plain = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();
const BIG = 300_000;

/** Polls an asynchronous condition (storage) until it holds. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function unloaded(s: TestServer) {
  await waitFor(() => s.sync.stats().rooms === 0, 10_000, 'rooms unloaded');
}

describe('[SYNC13] history: deleted content is collected', () => {
  it('a newcomer downloads about the visible text, and storage keeps about as much, after large deletions', async () => {
    const s = await server();
    const room = 'section:collect';
    const a = client(s, room);
    await a.synced;
    const kept = paragraph(a.doc, 'Meer groen op het plein.');
    for (let i = 0; i < 3; i++) {
      const junk = paragraph(a.doc, `${i}`.repeat(BIG / 3));
      await flushed(a);
      junk.delete(0, junk.length);
      kept.insert(kept.length, ` ${i}`);
      await flushed(a);
    }
    const visible = plain(a.doc);
    const fresh = await newcomerSync(s.wsUrl, room);
    expect(plain(fresh.doc)).toBe(visible);
    expect(fresh.bytes).toBeLessThan(1024);
    a.destroy();
    await unloaded(s);
    const stored = await s.storage.loadDoc(room);
    expect(storedBytes(stored)).toBeLessThan(1024);
    expect(plain(storedDoc(stored))).toBe(visible);
  });

  it('a document stored with its deleted content (before collection) shrinks at its first load', async () => {
    const s = await server();
    const room = 'section:legacy';
    // As the server stored it before: every deleted character still in the snapshot.
    const old = new Y.Doc({ gc: false });
    paragraph(old, 'zichtbaar');
    const junk = paragraph(old, 'x'.repeat(BIG));
    junk.delete(0, junk.length);
    const state = Y.encodeStateAsUpdate(old);
    expect(state.byteLength).toBeGreaterThan(BIG);
    await s.storage.appendUpdates([{ doc: room, update: state }]);

    const a = client(s, room);
    await a.synced;
    expect(plain(a.doc)).toBe(plain(old));
    expect((await newcomerSync(s.wsUrl, room)).bytes).toBeLessThan(1024);
    // Folded right after the load, without waiting for edits or the log threshold.
    await until(async () => storedBytes(await s.storage.loadDoc(room)) < 1024, 'stored state folded');
    expect(plain(storedDoc(await s.storage.loadDoc(room)))).toBe(plain(old));
  });

  it('a client with an old local copy (holding deleted content) reconnects and converges without re-inflating the server', async () => {
    const s = await server();
    const room = 'section:oldcopy';
    const a = client(s, room);
    await a.synced;
    paragraph(a.doc, 'Eerste alinea.');
    const junk = paragraph(a.doc, 'j'.repeat(BIG));
    await flushed(a);
    junk.delete(0, junk.length);
    await flushed(a);
    // What the browser keeps in IndexedDB: the whole gc-off document, deleted text included.
    const localCopy = Y.encodeStateAsUpdate(a.doc);
    expect(localCopy.byteLength).toBeGreaterThan(BIG);
    a.destroy();
    await unloaded(s);
    expect(storedBytes(await s.storage.loadDoc(room))).toBeLessThan(1024);

    // Meanwhile someone else edits (the server has collected the deleted text).
    const b = client(s, room);
    await b.synced;
    const first = b.doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement;
    const text = first.get(0) as Y.XmlText;
    text.delete(0, 'Eerste'.length);
    text.insert(0, 'Nieuwe');
    await flushed(b);

    // The old copy comes back with an edit made offline.
    const old = new Y.Doc({ gc: false });
    Y.applyUpdate(old, localCopy);
    paragraph(old, 'Offline getypt.');
    // …and a paste made and deleted offline, which the server has never seen.
    const pasted = paragraph(old, 'p'.repeat(BIG));
    pasted.delete(0, pasted.length);
    const back = client(s, room, old);
    await back.synced;
    await flushed(back);
    await waitFor(() => plain(b.doc).includes('Offline getypt.'), 10_000, 'offline edit arrives');
    await waitFor(() => plain(old) === plain(b.doc), 10_000, 'old copy converges');
    expect(plain(old)).toBe(
      '<paragraph>Nieuwe alinea.</paragraph><paragraph></paragraph><paragraph>Offline getypt.</paragraph><paragraph></paragraph>',
    );
    // The server did not take the deleted text from the old copy: it is not stored, nor sent on.
    const fresh = await newcomerSync(s.wsUrl, room);
    expect(plain(fresh.doc)).toBe(plain(old));
    expect(fresh.bytes).toBeLessThan(1024);
    back.destroy();
    b.destroy();
    await unloaded(s);
    expect(storedBytes(await s.storage.loadDoc(room))).toBeLessThan(1024);
  });
});

describe('[SYNC13] history lives in named versions', () => {
  it('a version saved before deletions still shows, compares and restores after the server collected them; authorship and shares still work', async () => {
    const s = await startTestServer({ config: { unloadAfterMs: 50 } });
    servers.push(s);
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
    const resident = w.people[0] as Person;
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${s.url}/api/documents/${w.documentId}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${w.facilitator.token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(res.ok).toBe(true);
      return res.json();
    };
    const open = (token: string) => {
      const c = connectClient(s.wsUrl, w.documentRoom, new Y.Doc({ gc: false }), token);
      clients.push(c);
      return c;
    };
    const anna = open(resident.token);
    const fatima = open(w.facilitator.token);
    await Promise.all([anna.synced, fatima.synced]);
    const t = paragraph(anna.doc, 'Meer groen op het plein. Veilig oversteken bij de school.');
    await flushed(anna);
    paragraph(fatima.doc, 'Dat plannen we in het voorjaar.');
    await flushed(fatima);
    await waitFor(() => plain(anna.doc) === plain(fatima.doc), 10_000, 'both paragraphs everywhere');
    const v1 = versionSchema.parse(await call('POST', '/versions', { name: 'voor het schrappen' }));

    // A sentence goes, another comes; a large paste comes and goes.
    t.delete(25, 'Veilig oversteken bij de school.'.length);
    t.insert(25, 'Een bankje bij de vijver.');
    const junk = paragraph(anna.doc, 'j'.repeat(BIG));
    await flushed(anna);
    junk.delete(0, junk.length);
    await flushed(anna);
    const v2 = versionSchema.parse(await call('POST', '/versions', { name: 'na het schrappen' }));
    anna.destroy();
    fatima.destroy();
    await unloaded(s);
    // The live room no longer holds the deleted sentence: it is only in the version.
    const stored = await s.storage.loadDoc(w.documentRoom);
    expect(Buffer.from(stored.snapshot ?? []).includes('Veilig oversteken')).toBe(false);
    expect(storedBytes(stored)).toBeLessThan(2048);

    const detail = async (id: string) => {
      const v = versionDetailSchema.parse(await call('GET', `/versions/${id}`));
      return new Uint8Array(Buffer.from(v.sections[0]?.state ?? '', 'base64'));
    };
    const then = await detail(v1.id);
    // Shown as it was.
    expect(plain(versionSectionDoc(Buffer.from(then).toString('base64')))).toContain(
      'Veilig oversteken bij de school.',
    );
    // Compared with the text now, as a newcomer's page does (its doc came from the collected room).
    const reader = open(resident.token);
    await reader.synced;
    const now = Y.encodeStateAsUpdateV2(reader.doc);
    const changes = [
      { type: 'removed', text: 'Veilig oversteken bij de school.' },
      { type: 'added', text: 'Een bankje bij de vijver.' },
    ];
    expect(diffStates(then, now)).toEqual(changes);
    expect(diffStates(then, await detail(v2.id))).toEqual(changes);

    // Who wrote what: every visible word has its author, from the collected room.
    expect(authorshipShares(reader.doc)).toEqual({
      bewoners: 10,
      facilitators: 6,
      ambtenaren: 0,
      partners: 0,
      observers: 0,
      unknown: 0,
    });

    // Restore brings the sentence back to everyone.
    await call('POST', `/versions/${v1.id}/restore`);
    await waitFor(() => plain(reader.doc).includes('Veilig oversteken bij de school.'), 10_000, 'restored');
  });
});
