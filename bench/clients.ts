import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchRoom } from './rooms';

// Every Node provider adds a process 'exit' listener; hundreds of bench clients are not a leak.
process.setMaxListeners(5000);

export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the provider's first `sync` event. */
  synced: Promise<void>;
  /** Close codes the server sent this client (a non-empty list means the run is suspect). */
  closeCodes: number[];
  destroy(): void;
}

/**
 * A stock y-websocket client. BroadcastChannel is off (it would sync clients of this process
 * without the server) and the awareness state is null: no cursors, so only document updates travel
 * and the stock client's awareness echo does not add O(N²) messages to the fan-out measures. The
 * room's session token (our server) goes in the `token` query parameter, as the app's client does.
 */
export function connectClient(wsBase: string, room: BenchRoom, doc = new Y.Doc()): BenchClient {
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const provider = new WebsocketProvider(wsBase, room.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    awareness,
    maxBackoffTime: 500,
    params: room.token ? { token: room.token } : {},
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    closeCodes,
    destroy() {
      provider.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}

/** Connects one client per entry of `rooms`, `parallel` at a time, and waits until all have synced. */
export async function connectMany(
  /** One base for all, or client i's base (clients spread over several instances: bench/cluster.ts). */
  wsBase: string | ((i: number) => string),
  rooms: readonly BenchRoom[],
  parallel = 25,
  timeoutMs = 30_000,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < rooms.length; i += parallel) {
    const batch = rooms
      .slice(i, i + parallel)
      .map((room, j) => connectClient(typeof wsBase === 'string' ? wsBase : wsBase(i + j), room));
    clients.push(...batch);
    await withTimeout(Promise.all(batch.map((c) => c.synced)), timeoutMs, 'clients to sync');
  }
  return clients;
}

/** The websocket URL of a room for a bare `ws` client, with the room's token. */
export function roomUrl(wsBase: string, room: BenchRoom): string {
  const query = room.token ? `?${new URLSearchParams({ token: room.token })}` : '';
  return `${wsBase}/${room.name}${query}`;
}

export function destroyAll(clients: readonly BenchClient[]): void {
  for (const c of clients) c.destroy();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` every few milliseconds; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
