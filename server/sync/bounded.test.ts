import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { startTestServer, type TestServer } from '../test/startTestServer';

const ROOM = 'doc:bounded';
let s: TestServer;
let good: TestClient;
let watcher: TestClient;

beforeAll(async () => {
  s = await startTestServer({ openAccess: true });
  good = connectClient(s.wsUrl, ROOM);
  watcher = connectClient(s.wsUrl, ROOM);
  await Promise.all([good.synced, watcher.synced]);
});
afterAll(async () => {
  good.destroy();
  watcher.destroy();
  await s.cleanup();
});

function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A real update that would put `text` into the document, made by a throwaway client. */
function realUpdate(text: string): Uint8Array {
  const d = new Y.Doc();
  d.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(d);
}

async function storedText(): Promise<string> {
  const stored = await s.storage.loadDoc(ROOM);
  const d = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(d, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(d, u);
  return d.getText('t').toString();
}

/** After each bad client, the good ones must still edit together and the store must hold only their text. */
async function goodClientsStillWork(marker: string) {
  good.doc.getText('t').insert(good.doc.getText('t').length, marker);
  await waitFor(() => watcher.doc.getText('t').toString().endsWith(marker), 5_000, `watcher sees ${marker}`);
  expect(await storedText()).toBe(watcher.doc.getText('t').toString());
}

const truncatedUpdate = realUpdate('afgekapt');
const cases: { name: string; frame: () => Uint8Array | string; code: number }[] = [
  {
    name: 'garbage bytes',
    frame: () => new Uint8Array([0xff, 0xfe, 0xfd, 0x13, 0x37]),
    code: CloseCode.MalformedMessage,
  },
  { name: 'a truncated varint', frame: () => new Uint8Array([0x80, 0x80]), code: CloseCode.MalformedMessage },
  { name: 'an empty frame', frame: () => new Uint8Array([]), code: CloseCode.MalformedMessage },
  {
    name: 'an unknown message type',
    frame: () => new Uint8Array([7, 0, 0]),
    code: CloseCode.MalformedMessage,
  },
  {
    name: 'the auth message type from a client',
    frame: () => new Uint8Array([2, 0]),
    code: CloseCode.MalformedMessage,
  },
  {
    name: 'an unknown sync sub-type',
    frame: () => syncMessage(9, new Uint8Array([0])),
    code: CloseCode.MalformedMessage,
  },
  {
    name: 'a length prefix longer than the frame',
    frame: () => new Uint8Array([0, 2, 0x90, 0x4e, 1, 2, 3]),
    code: CloseCode.MalformedMessage,
  },
  {
    name: 'an invalid Yjs update',
    frame: () => syncMessage(2, new Uint8Array([1, 1, 200, 3, 0, 0xff, 0xff, 0xff, 0x0f, 9])),
    code: CloseCode.InvalidUpdate,
  },
  {
    name: 'a truncated Yjs update',
    frame: () => syncMessage(2, truncatedUpdate.slice(0, Math.floor(truncatedUpdate.length / 2))),
    code: CloseCode.InvalidUpdate,
  },
  {
    name: 'trailing bytes after a valid update',
    frame: () => {
      const m = syncMessage(2, realUpdate('staart'));
      return new Uint8Array([...m, 1, 2, 3]);
    },
    code: CloseCode.MalformedMessage,
  },
  {
    name: 'an invalid state vector',
    frame: () => syncMessage(0, new Uint8Array([5, 1])),
    code: CloseCode.InvalidUpdate,
  },
  {
    name: 'awareness that is not JSON',
    frame: () => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 42);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, '{not json');
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      return encoding.toUint8Array(e);
    },
    code: CloseCode.InvalidUpdate,
  },
  { name: 'a text frame', frame: () => 'hallo', code: CloseCode.MalformedMessage },
  {
    name: 'an update over the per-update limit',
    frame: () => syncMessage(2, realUpdate('x'.repeat(SYNC_LIMITS.maxUpdateBytes))),
    code: CloseCode.TooLarge,
  },
  {
    name: 'an oversize frame',
    frame: () => new Uint8Array(SYNC_LIMITS.maxMessageBytes + 1),
    code: CloseCode.MessageTooBig,
  },
];

describe('[SYNC8] bounded input', () => {
  for (const [i, c] of cases.entries()) {
    it(`${c.name} closes only the offending socket (code ${c.code}) and stores nothing`, async () => {
      const before = await s.storage.loadDoc(ROOM);
      const bad = await openRawSocket(`${s.wsUrl}/${ROOM}`);
      bad.ws.send(c.frame());
      const closed = await bad.closed;
      expect(closed.code).toBe(c.code);
      const after = await s.storage.loadDoc(ROOM);
      expect(after.updates.length).toBe(before.updates.length);
      expect(good.provider.wsconnected && watcher.provider.wsconnected).toBe(true);
      await goodClientsStillWork(`[ok ${i}]`);
    });
  }

  it('a valid update after a bad frame on the same socket is not applied', async () => {
    const bad = await openRawSocket(`${s.wsUrl}/${ROOM}`);
    bad.ws.send(new Uint8Array([0xff]));
    bad.ws.send(syncMessage(2, realUpdate('mag niet binnenkomen')));
    await bad.closed;
    await goodClientsStillWork('[na slecht]');
    expect(await storedText()).not.toContain('mag niet binnenkomen');
  });

  it('a malformed room name is refused with its own close code before anything loads', async () => {
    for (const room of ['nope', 'doc:', 'doc:has space', 'unknown:abc', `doc:${'x'.repeat(100)}`]) {
      const bad = await openRawSocket(`${s.wsUrl}/${encodeURIComponent(room)}`);
      expect((await bad.closed).code).toBe(CloseCode.BadRoom);
    }
    expect(s.sync.stats().rooms).toBe(1);
  });

  it('another protocol version is refused with its own close code', async () => {
    const bad = await openRawSocket(`${s.wsUrl}/${ROOM}?v=99`);
    expect((await bad.closed).code).toBe(CloseCode.ProtocolVersion);
  });

  it('a flood of messages is cut off without disturbing others', async () => {
    const bad = await openRawSocket(`${s.wsUrl}/${ROOM}`);
    let closed = false;
    const result = bad.closed.then((c) => {
      closed = true;
      return c;
    });
    const query = new Uint8Array([3]);
    // Faster than the bucket refills, until the server cuts it off (a busy server reads slowly).
    for (let sent = 0; !closed && sent < 100 * SYNC_LIMITS.messageBurst; sent += 500) {
      for (let i = 0; i < 500; i++) bad.ws.send(query);
      await new Promise((r) => setImmediate(r));
    }
    expect((await result).code).toBe(CloseCode.RateLimited);
    await goodClientsStillWork('[na vloed]');
  });

  it('[SYNC7] a connection cannot overwrite or remove awareness states it did not introduce', async () => {
    good.provider.awareness.setLocalStateField('user', { name: 'Bewoner Ans' });
    const id = good.doc.clientID;
    await waitFor(() => watcher.provider.awareness.getStates().get(id)?.user !== undefined);
    const clock = 10_000;
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 2);
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Indringer' } }));
    encoding.writeVarUint(inner, 7777);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Eigen' } }));
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    const bad = await openRawSocket(`${s.wsUrl}/${ROOM}`);
    bad.ws.send(encoding.toUint8Array(e));
    await waitFor(() => watcher.provider.awareness.getStates().has(7777), 5_000, 'own state relayed');
    expect(watcher.provider.awareness.getStates().get(id)?.user).toEqual({ name: 'Bewoner Ans' });
    bad.ws.close();
    await bad.closed;
    await waitFor(
      () => !watcher.provider.awareness.getStates().has(7777),
      5_000,
      'own state removed on close',
    );
    expect(watcher.provider.awareness.getStates().get(id)?.user).toEqual({ name: 'Bewoner Ans' });
  });
});
