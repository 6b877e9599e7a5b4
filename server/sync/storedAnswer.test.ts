import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.cleanup();
});

type SyncFrame = { sub: number; payload: Uint8Array };

/** The sync messages (type 0) among raw frames, in order. */
function syncFrames(frames: readonly Uint8Array[]): SyncFrame[] {
  const out: SyncFrame[] = [];
  for (const frame of frames) {
    const d = decoding.createDecoder(frame);
    if (decoding.readVarUint(d) !== 0) continue;
    out.push({ sub: decoding.readVarUint(d), payload: decoding.readVarUint8Array(d) });
  }
  return out;
}

function step1(doc: Y.Doc): Uint8Array<ArrayBuffer> {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return new Uint8Array(encoding.toUint8Array(e));
}

/** Collects every frame the provider's current socket receives from now on. */
function tap(c: TestClient): Uint8Array[] {
  const frames: Uint8Array[] = [];
  c.provider.ws?.addEventListener('message', (event: MessageEvent) => {
    frames.push(new Uint8Array(event.data as ArrayBuffer));
  });
  return frames;
}

describe('[SYNC14] the server says what it stored', () => {
  it('[SYNC14] answers a sync step 1 with a step 2 and then its own step 1, both after the commit', async () => {
    const s = await startTestServer({ openAccess: true });
    servers.push(s);
    const writer = connectClient(s.wsUrl, 'doc:stored');
    clients.push(writer);
    await writer.synced;
    const raw = await openRawSocket(`${s.wsUrl}/doc:stored`);
    // The connect-time step 1 comes first; wait for it so the count below is about our question.
    await waitFor(() => syncFrames(raw.messages).length === 1, 5_000, 'the step 1 at connect');

    // Hold the next commit: the writer's update is applied in memory but not yet stored.
    const original = s.storage.appendUpdates.bind(s.storage);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let held = false;
    s.storage.appendUpdates = async (records) => {
      held = true;
      await gate;
      return original(records);
    };
    try {
      writer.doc.getText('t').insert(0, 'bewaard');
      await waitFor(() => held, 5_000, 'update waiting for its commit');
      raw.ws.send(step1(new Y.Doc()));
      await new Promise((r) => setTimeout(r, 200));
      expect(syncFrames(raw.messages)).toHaveLength(1);
    } finally {
      release();
    }
    // The relay of the held update, then the answer and what is stored, in that order.
    await waitFor(() => syncFrames(raw.messages).length === 4, 5_000, 'the answer');
    const [, relay, answer, stored] = syncFrames(raw.messages) as SyncFrame[] as [
      SyncFrame,
      SyncFrame,
      SyncFrame,
      SyncFrame,
    ];
    expect(relay.sub).toBe(2);
    expect(answer.sub).toBe(1);
    expect(stored.sub).toBe(0);
    const storedVector = Y.decodeStateVector(stored.payload);
    expect(storedVector.get(writer.doc.clientID)).toBe('bewaard'.length);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, answer.payload);
    expect(copy.getText('t').toString()).toBe('bewaard');
    raw.ws.close();
  });

  it('[SYNC14] a read-only connection (vastgesteld section) hears that its update was not stored; nothing loops', async () => {
    const s = await startTestServer();
    servers.push(s);
    const w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner']);
    const resident = w.people[0] as Person;
    const settle = await fetch(`${s.url}/api/documents/${w.documentId}/sections/${w.sectionId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'vastgesteld' }),
    });
    expect(settle.status).toBe(200);

    const fac = connectClient(s.wsUrl, w.documentRoom, new Y.Doc(), w.facilitator.token);
    const anna = connectClient(s.wsUrl, w.documentRoom, new Y.Doc(), resident.token);
    clients.push(fac, anna);
    await Promise.all([fac.synced, anna.synced]);
    fac.doc.getText('t').insert(0, 'Vastgesteld. ');
    await waitFor(() => anna.doc.getText('t').toString() === 'Vastgesteld. ', 5_000, 'relay');

    const frames = tap(anna);
    const sent: Uint8Array[] = [];
    const ws = anna.provider.ws;
    if (!ws) throw new Error('not connected');
    const send = ws.send.bind(ws);
    ws.send = (data) => {
      sent.push(new Uint8Array(data as ArrayBuffer));
      send(data);
    };
    anna.doc.getText('t').insert(13, 'toch nog iets.');
    ws.send(step1(anna.doc));
    await waitFor(() => syncFrames(frames).some((f) => f.sub === 0), 5_000, 'the stored step 1');
    const stored = syncFrames(frames).find((f) => f.sub === 0) as SyncFrame;
    const vector = Y.decodeStateVector(stored.payload);
    expect(vector.get(fac.doc.clientID)).toBe('Vastgesteld. '.length);
    // Anna's text is not in what the server holds: her client can tell it was refused.
    expect(vector.get(anna.doc.clientID) ?? 0).toBe(0);

    // The stock client answered that step 1 with a step 2 (her text again); it was dropped and not
    // answered. Each further question gets exactly one answer and one step 1: were a step 2 ever
    // answered, the extra frames would arrive before the next answer (one socket, in order).
    for (const round of [2, 3]) {
      await waitFor(() => syncFrames(sent).filter((f) => f.sub === 1).length === round - 1, 5_000, 'step 2');
      ws.send(step1(anna.doc));
      await waitFor(() => syncFrames(frames).length >= round * 2, 5_000, `answer ${round}`);
    }
    await waitFor(() => syncFrames(sent).filter((f) => f.sub === 1).length === 3, 5_000, 'step 2');
    expect(syncFrames(frames).map((f) => f.sub)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(syncFrames(sent).map((f) => f.sub)).toEqual([2, 0, 1, 0, 1, 0, 1]);
    expect(fac.doc.getText('t').toString()).toBe('Vastgesteld. ');
    expect(anna.provider.wsconnected).toBe(true);
  });
});
