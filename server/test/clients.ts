import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Each Node provider adds a process 'exit' listener; a test with ten clients is not a leak.
process.setMaxListeners(100);

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first `sync` (the server's answer to our sync step 1). */
  synced: Promise<void>;
  destroy(): void;
}

/**
 * A real y-websocket client in Node. BroadcastChannel is off: it would sync clients of one process
 * with each other and hide a broken server.
 */
export function connectClient(wsUrl: string, room: string, doc = new Y.Doc(), token?: string): TestClient {
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    ...(token ? { params: { token } } : {}),
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `check` until it returns true (or throws after `timeoutMs`). */
export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A raw websocket for speaking (or breaking) the protocol by hand. */
export async function openRawSocket(
  url: string,
): Promise<{ ws: WebSocket; messages: Uint8Array[]; closed: Promise<{ code: number; reason: string }> }> {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, messages, closed };
}

/** Sends a sync step 1 on `ws` and resolves on the server's answer (a sync step 2). */
function roundTrip(
  send: (bytes: Uint8Array) => void,
  doc: Y.Doc,
  onMessage: (f: (data: Uint8Array) => boolean) => void,
) {
  return new Promise<void>((resolve) => {
    onMessage((data) => {
      if (data[0] !== 0 || data[1] !== 1) return false;
      resolve();
      return true;
    });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    syncProtocol.writeSyncStep1(e, doc);
    send(encoding.toUint8Array(e));
  });
}

/**
 * Resolves once the server has handled everything this client sent before: it answers a sync step 1
 * only after the messages before it on the connection are processed and committed ([SYNC1]). A
 * condition to wait on instead of a pause, also for checking that a write was dropped.
 */
export async function flushed(client: TestClient): Promise<void> {
  const ws = client.provider.ws;
  if (!ws) throw new Error('not connected');
  await roundTrip(
    (bytes) => ws.send(new Uint8Array(bytes)),
    client.doc,
    (match) => {
      const listener = (event: MessageEvent) => {
        if (match(new Uint8Array(event.data as ArrayBuffer))) ws.removeEventListener('message', listener);
      };
      ws.addEventListener('message', listener);
    },
  );
}

/** The same for a raw socket from openRawSocket: also every earlier relay has reached `messages`. */
export async function rawFlushed(raw: { ws: WebSocket; messages: Uint8Array[] }): Promise<void> {
  await roundTrip(
    (bytes) => raw.ws.send(bytes),
    new Y.Doc(),
    (match) => {
      const listener = (data: Buffer) => {
        if (match(new Uint8Array(data))) raw.ws.off('message', listener);
      };
      raw.ws.on('message', listener);
    },
  );
}
