import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentDetailSchema } from '../../shared/api/routes';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { documentSchema } from '../../shared/schemas/document';
import { CloseCode } from '../../shared/sync/closeCodes';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';
import { newcomerSync, storedBytes, storedDoc } from '../test/syncSize';

let s: TestServer;
let facilitator: Person;
let attacker: Person;
let honest: Person;
let room: string;
let otherRoom: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer({ config: { unloadAfterMs: 100 } });
  const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner']);
  facilitator = w.facilitator;
  [attacker, honest] = w.people as [Person, Person];
  room = w.documentRoom;
  // A second document, so the attacker can also write in another section room.
  const headers = { authorization: `Bearer ${facilitator.token}`, 'content-type': 'application/json' };
  const created = documentSchema.parse(
    await (
      await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}/documents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Tweede document' }),
      })
    ).json(),
  );
  const detail = documentDetailSchema.parse(
    await (await fetch(`${s.url}/api/documents/${created.id}`, { headers })).json(),
  );
  otherRoom = detail.document.sections[0]?.room ?? '';
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

/** A stock WebsocketProvider client (gc off, like the app's) that records how its sockets close. */
function client(person: Person, name = room) {
  const c = connectClient(s.wsUrl, name, new Y.Doc({ gc: false }), person.token);
  clients.push(c);
  const closes: number[] = [];
  c.provider.on('connection-close', (e) => {
    if (e) closes.push(e.code);
  });
  return { ...c, closes };
}

/** The section's text as a list of paragraphs, the way the editor keeps it. */
function paragraph(doc: Y.Doc, text: string): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText(text);
  p.insert(0, [t]);
  doc.getXmlFragment(DOCUMENT_FIELD).push([p]);
  return t;
}
const plain = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();

/** Resolves when the server has handled everything the client sent, or its socket closed. */
const handled = (c: TestClient & { closes: number[] }, closesBefore: number) =>
  Promise.race([flushed(c), waitFor(() => c.closes.length > closesBefore, 10_000, 'close')]);

describe('[SYNC8] limits: a member cannot make a section unusable', () => {
  it('insert-then-delete attack: refused (4413, then 4529), others keep syncing, nothing honest lost, sizes stay small', async () => {
    const writer = client(honest);
    const watcher = client(facilitator);
    await Promise.all([writer.synced, watcher.synced]);
    const line = paragraph(writer.doc, 'Begin.');
    const words: string[] = [];
    const type = async (word: string) => {
      words.push(word);
      line.insert(line.length, ` ${word}`);
      await flushed(writer);
    };
    await type('plein');

    // 1. One update of 3.9 MB (inserted and deleted in one go): over the per-update limit.
    const first = client(attacker);
    await first.synced;
    first.doc.transact(() => {
      const t = paragraph(first.doc, 'x'.repeat(3_900_000));
      t.delete(0, t.length);
    });
    await waitFor(() => first.closes.length > 0, 10_000, 'attacker closed');
    expect(first.closes).toEqual([CloseCode.TooLarge]);
    await type('bomen');

    // 2. Updates just under the limit, insert then delete, as fast as the socket takes them.
    const second = client(attacker);
    await second.synced;
    const junk = 'y'.repeat(SYNC_LIMITS.maxUpdateBytes - 100_000);
    let sentBytes = 0;
    for (let round = 0; second.closes.length === 0 && round < 10; round++) {
      const t = paragraph(second.doc, junk);
      t.delete(0, t.length);
      sentBytes += junk.length;
      await handled(second, 0);
      await type(`woord${round}`);
    }
    expect(second.closes[0]).toBe(CloseCode.RateLimited);
    // About one minute's budget got through: two of these, not the third.
    expect(sentBytes).toBeLessThanOrEqual(3 * junk.length);
    second.destroy();

    // 3. The budget is the member's, over all their connections and rooms.
    const elsewhere = client(attacker, otherRoom);
    await elsewhere.synced;
    paragraph(elsewhere.doc, 'z'.repeat(SYNC_LIMITS.maxUpdateBytes - 50_000));
    await waitFor(() => elsewhere.closes.length > 0, 10_000, 'other room closed');
    expect(elsewhere.closes[0]).toBe(CloseCode.RateLimited);
    elsewhere.destroy();

    // …while another member still pastes a long draft (a 40-page paste is ~270 KB).
    const draft = paragraph(writer.doc, 'Concept. '.repeat(30_000));
    await flushed(writer);
    await waitFor(() => plain(watcher.doc).includes('Concept. Concept.'), 10_000, 'paste arrives');
    draft.delete(0, draft.length);
    await type('einde');

    // The honest writer and the watcher were never disturbed and agree on every word.
    expect(writer.closes).toEqual([]);
    expect(watcher.closes).toEqual([]);
    await waitFor(() => plain(watcher.doc) === plain(writer.doc), 10_000, 'watcher converges');
    const expected = `Begin. ${words.join(' ')}`;
    expect(plain(writer.doc)).toContain(expected);
    expect(plain(storedDoc(await s.storage.loadDoc(room)))).toContain(expected);

    // A newcomer downloads the visible text, not the attack; a stock client syncs it.
    const fresh = await newcomerSync(s.wsUrl, room, facilitator.token);
    expect(plain(fresh.doc)).toBe(plain(writer.doc));
    expect(fresh.bytes).toBeLessThan(16 * 1024);
    const reader = client(facilitator);
    await reader.synced;
    expect(plain(reader.doc)).toBe(plain(writer.doc));

    // Storage holds at most the log of what got through; once folded, about the visible text.
    expect(storedBytes(await s.storage.loadDoc(room))).toBeLessThan(
      2 * SYNC_LIMITS.memberUpdateBytesPerMinute,
    );
    for (const c of [writer, watcher, reader, first]) c.destroy();
    await waitFor(() => s.sync.stats().rooms === 0, 10_000, 'rooms unloaded');
    expect(storedBytes(await s.storage.loadDoc(room))).toBeLessThan(16 * 1024);
  });
});

describe('[SYNC8] room ceiling', () => {
  it('an update that would take the room past its ceiling is refused (4413) and leaves room and storage untouched; deleting makes room', async () => {
    // Open access: each connection has a budget of its own, so a few can fill the room.
    const open = await startTestServer({ openAccess: true });
    const conns: TestClient[] = [];
    const connect = () => {
      const c = connectClient(open.wsUrl, 'section:ceiling', new Y.Doc({ gc: false }));
      conns.push(c);
      const closes: number[] = [];
      c.provider.on('connection-close', (e) => {
        if (e) closes.push(e.code);
      });
      return { ...c, closes };
    };
    try {
      const watcher = connect();
      await watcher.synced;
      const chunk = 'w'.repeat(SYNC_LIMITS.maxUpdateBytes - 100_000);
      const roomSize = () => Y.encodeStateAsUpdate(watcher.doc).byteLength;
      const fillers = [];
      // Fill the room with connections of their own (each stays within its budget).
      for (let i = 0; SYNC_LIMITS.maxRoomBytes - roomSize() > chunk.length && i < 10; i++) {
        const f = connect();
        await f.synced;
        paragraph(f.doc, chunk);
        await flushed(f);
        fillers.push(f);
      }
      await waitFor(() => roomSize() > SYNC_LIMITS.maxRoomBytes - chunk.length, 10_000, 'room nearly full');
      const before = await open.storage.loadDoc('section:ceiling');
      const textBefore = plain(watcher.doc);

      const over = connect();
      await over.synced;
      paragraph(over.doc, chunk);
      await waitFor(() => over.closes.length > 0, 10_000, 'refused');
      expect(over.closes[0]).toBe(CloseCode.TooLarge);
      // Nothing of it reached storage or anyone else; the others are still connected.
      const after = await open.storage.loadDoc('section:ceiling');
      expect([after.lastSeq, storedBytes(after)]).toEqual([before.lastSeq, storedBytes(before)]);
      await flushed(watcher);
      expect(plain(watcher.doc)).toBe(textBefore);
      expect(fillers.every((f) => f.closes.length === 0 && f.provider.wsconnected)).toBe(true);

      // Deleting is always taken, and the deleted text no longer counts.
      const remover = fillers[0];
      if (!remover) throw new Error('no filler');
      const fragment = remover.doc.getXmlFragment(DOCUMENT_FIELD);
      fragment.delete(0, fragment.length);
      await flushed(remover);
      await waitFor(() => plain(watcher.doc) === '', 10_000, 'deletion arrives');
      const again = connect();
      await again.synced;
      paragraph(again.doc, chunk);
      await flushed(again);
      await waitFor(() => plain(watcher.doc).includes(chunk), 10_000, 'new text arrives');
      expect(again.closes).toEqual([]);
      expect((await newcomerSync(open.wsUrl, 'section:ceiling')).bytes).toBeLessThan(
        SYNC_LIMITS.maxUpdateBytes,
      );
    } finally {
      for (const c of conns) c.destroy();
      await open.cleanup();
    }
  });
});
