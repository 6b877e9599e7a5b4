import path from 'node:path';
import { connectClient, sleep, withTimeout } from './clients';
import {
  copyDir,
  describeOurs,
  describeRef,
  type Fixture,
  type FixtureDirs,
  type StoredForm,
} from './fixtures';
import type { BenchRoom } from './rooms';
import { type ServerKind, startServer } from './servers';
import { round } from './stats';

export interface LoadTiming {
  /** Connect → the provider's `sync` event. */
  syncMs: number;
  /** Connect → the client holds the whole text (length verified). This is the cold-load figure. */
  contentMs: number;
}

/**
 * Opens a new client on a freshly started server and times how long until the document is there.
 * The reference answers sync step 1 before its LevelDB load finishes (an empty sync step 2) and
 * sends the content later as an update, so `sync` alone would flatter it: the figure that counts is
 * `contentMs`.
 */
export async function timeLoad(wsBase: string, room: BenchRoom, expectedLength: number): Promise<LoadTiming> {
  const t0 = performance.now();
  const client = connectClient(wsBase, room);
  try {
    const text = client.doc.getText('content');
    const complete = new Promise<number>((resolve) => {
      const check = () => {
        if (text.length === expectedLength) {
          client.doc.off('update', check);
          resolve(performance.now());
        }
      };
      client.doc.on('update', check);
    });
    const syncedAt = client.synced.then(() => performance.now());
    const [syncTime, contentTime] = await withTimeout(
      Promise.all([syncedAt, complete]),
      60_000,
      'cold-loaded document',
    );
    if (text.length !== expectedLength)
      throw new Error(`loaded ${text.length} chars, want ${expectedLength}`);
    return { syncMs: round(syncTime - t0, 2), contentMs: round(contentTime - t0, 2) };
  } finally {
    client.destroy();
  }
}

export interface ColdLoadRound {
  /** Very first load of the 100k-update log on a fresh server process. */
  logFirst: LoadTiming;
  /** Load after a restart on the same data: whatever the first load (and shutdown) left behind. */
  logSecond: LoadTiming;
  /** Fresh server, the same content stored as one update. */
  snapshot: LoadTiming;
  /** Ours only: stored form while the server still runs, shortly after the first load. */
  storedAfterFirstLoad: StoredForm | null;
  /** Stored form after the first load and the shutdown. */
  storedAfterShutdown: StoredForm;
  /** Per-round ratios (ours: the goal is ≤ 1.2 for the 100k log). */
  firstOverSnapshot: number;
  secondOverSnapshot: number;
}

async function loadOnce(
  kind: ServerKind,
  dataDir: string,
  room: BenchRoom,
  f: Fixture,
  whileRunning?: () => Promise<void>,
): Promise<LoadTiming> {
  const server = await startServer(kind, dataDir);
  try {
    const timing = await timeLoad(server.wsBase, room, f.textLength);
    await whileRunning?.();
    return timing;
  } finally {
    // Ours stores everything and folds the log on SIGTERM; the reference has no handler and dies,
    // after its load already flushed (y-leveldb trims a log of > 500 updates when it reads it).
    await server.stop();
  }
}

export async function coldLoadRound(
  kind: ServerKind,
  fixtures: FixtureDirs,
  f: Fixture,
  workDir: string,
): Promise<ColdLoadRound> {
  const logDir = copyDir(kind === 'ours' ? fixtures.oursLog : fixtures.refLog, path.join(workDir, 'log'));
  const snapDir = copyDir(
    kind === 'ours' ? fixtures.oursSnapshot : fixtures.refSnapshot,
    path.join(workDir, 'snapshot'),
  );
  // Ours: the fixture's real document and a member's token (the copies hold its session).
  const room: BenchRoom = kind === 'ours' ? fixtures.oursRoom : { name: f.room, token: null };
  let storedAfterFirstLoad: StoredForm | null = null;
  const logFirst = await loadOnce(kind, logDir, room, f, async () => {
    if (kind !== 'ours') return;
    await sleep(500);
    storedAfterFirstLoad = describeOurs(logDir, room.name);
  });
  const storedAfterShutdown =
    kind === 'ours' ? describeOurs(logDir, room.name) : await describeRef(logDir, room.name);
  const logSecond = await loadOnce(kind, logDir, room, f);
  const snapshot = await loadOnce(kind, snapDir, room, f);
  return {
    logFirst,
    logSecond,
    snapshot,
    storedAfterFirstLoad,
    storedAfterShutdown,
    firstOverSnapshot: round(logFirst.contentMs / snapshot.contentMs, 2),
    secondOverSnapshot: round(logSecond.contentMs / snapshot.contentMs, 2),
  };
}
