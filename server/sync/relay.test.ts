import fs from 'node:fs/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/sync/closeCodes';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, openRawSocket, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { countingReader, reachable, startOwnRedis, storedStateVector } from '../test/relayCluster';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC10] Two real instances (child processes) on ONE SQLite data folder (standing in for the shared
 * PostgreSQL; WAL lets two processes use one file, busy_timeout 5 s) and one Redis.
 */
const REDIS_PORT = 6379;
const redisUp = await reachable(REDIS_PORT);
if (!redisUp && process.env.CI)
  throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');
if (!redisUp)
  process.stderr.write(
    '[SYNC10] relay tests SKIPPED: no Redis at 127.0.0.1:6379 (start redis-server to run them)\n',
  );

/** Optional: both instances on this (PostgreSQL) database instead of one SQLite folder. */
const SHARED_DATABASE_URL = process.env.RELAY_TEST_DATABASE_URL;

const servers: ChildServer[] = [];
const clients: TestClient[] = [];
const dirs: string[] = [];

async function cluster(redisUrl: string) {
  const dataDir = await makeTempDir('wijkatelier-relay-');
  dirs.push(dataDir);
  const env = {
    DATA_DIR: dataDir,
    REDIS_URL: redisUrl,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    // Where PostgreSQL storage exists: the same tests with both instances on one database.
    ...(SHARED_DATABASE_URL ? { DATABASE_URL: SHARED_DATABASE_URL } : {}),
  };
  const a = await startChildServer({ ...env, LOG_LEVEL: 'info' });
  const b = await startChildServer({ ...env, LOG_LEVEL: 'info' });
  servers.push(a, b);
  const base = (s: ChildServer) => `http://127.0.0.1:${s.port}`;
  const w = await setupWerkgroep(base(a), TEST_ADMIN_TOKEN, ['bewoner']);
  // The [SYNC1] check reads the shared SQLite file; on PostgreSQL it is left out.
  return { a, b, base, w, dataDir: SHARED_DATABASE_URL ? null : dataDir };
}

function client(server: ChildServer, room: string, who: Person): TestClient {
  const c = connectClient(server.wsUrl, room, undefined, who.token);
  clients.push(c);
  return c;
}

async function reader(server: ChildServer, room: string, who: Person, dataDir: string | null) {
  const raw = await openRawSocket(`${server.wsUrl}/${room}?token=${encodeURIComponent(who.token)}`);
  return { raw, counts: countingReader(raw.ws, dataDir ? () => storedStateVector(dataDir, room) : null) };
}

/** XADD calls Redis has served so far (INFO commandstats). */
async function xaddCalls(): Promise<number> {
  const redis = new Redis(`redis://127.0.0.1:${REDIS_PORT}`);
  try {
    const info = await redis.info('commandstats');
    return Number(/cmdstat_xadd:calls=(\d+)/.exec(info)?.[1] ?? 0);
  } finally {
    redis.disconnect();
  }
}

async function typeSlowly(c: TestClient, text: string, pauseMs = 5): Promise<void> {
  for (const ch of text) {
    c.doc.getText('t').insert(c.doc.getText('t').length, ch);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) {
    s.child.kill('SIGKILL');
    await s.exited;
  }
});
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe.skipIf(!redisUp)('[SYNC10] several instances share rooms through Redis', () => {
  it('[SYNC10] a writer on A and a reader on B converge; every update is stored before it reaches B, and reaches it once', async () => {
    const { a, b, w, dataDir } = await cluster(`redis://127.0.0.1:${REDIS_PORT}`);
    const fatima = w.facilitator;
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const watcher = client(b, w.documentRoom, anna);
    const { raw, counts } = await reader(b, w.documentRoom, anna, dataDir);
    const writer = client(a, w.documentRoom, fatima);
    await Promise.all([writer.synced, watcher.synced]);
    const text = 'Het buurthuis blijft open op zondag.';
    const before = await xaddCalls();
    await typeSlowly(writer, text);
    await waitFor(() => counts.doc.getText('t').toString() === text, 10_000, 'B converges');
    // One XADD per room per group commit: at most one per typed character here (awareness aside).
    const xadds = (await xaddCalls()) - before;
    process.stdout.write(
      `[SYNC10] ${text.length} updates typed on A: ${xadds} XADD, ${counts.relayed} relays on B\n`,
    );
    expect(xadds).toBeLessThanOrEqual(text.length + 2);
    await waitFor(() => watcher.doc.getText('t').toString() === text, 10_000, 'stock client on B converges');
    expect(counts.unstored).toBe(0);
    expect(counts.duplicates).toBe(0);
    expect(counts.relayed).toBeGreaterThan(0);
    expect(counts.relayed).toBeLessThanOrEqual(text.length);
    raw.ws.close();
  });

  it('[SYNC10] awareness of a client on A (identity stamped by the server) is seen on B, and removed when it leaves', async () => {
    const { a, b, w } = await cluster(`redis://127.0.0.1:${REDIS_PORT}`);
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const onB = client(b, w.documentRoom, anna);
    const onA = client(a, w.documentRoom, w.facilitator);
    await Promise.all([onA.synced, onB.synced]);
    onA.provider.awareness.setLocalStateField('user', { name: 'iemand anders', color: '#112233' });
    const seenOnB = () =>
      [...onB.provider.awareness.getStates().values()].find(
        (s) => (s.user as { memberId?: string } | undefined)?.memberId === w.facilitator.member.id,
      );
    await waitFor(() => seenOnB() !== undefined, 10_000, "A's presence on B");
    expect(seenOnB()?.user).toMatchObject({ name: 'Fatima (procesbegeleider)', color: '#112233' });
    onA.provider.destroy();
    await waitFor(() => seenOnB() === undefined, 10_000, "A's presence gone on B");
  });

  it('[SYNC10] a role change made through A closes the member’s socket on B (4509)', async () => {
    const { a, b, base, w } = await cluster(`redis://127.0.0.1:${REDIS_PORT}`);
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const onB = client(b, w.documentRoom, anna);
    await onB.synced;
    const closes: number[] = [];
    onB.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    const patch = await fetch(`${base(a)}/api/werkgroepen/${w.werkgroep.id}/members/${anna.member.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'observer' }),
    });
    expect(patch.status).toBe(200);
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 10_000, 'RightsChanged on B');
    // [SYNC9] still holds with the relay: SIGTERM stores everything, closes Redis, exits 0.
    a.child.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);
  });

  it('[SYNC10] Redis restarted and connections killed during a session: nothing lost, relays resume, no duplicates', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let redis = await startOwnRedis(port);
    try {
      const { a, b, w, dataDir } = await cluster(`redis://127.0.0.1:${port}`);
      const anna = w.people[0];
      if (!anna) throw new Error('no member');
      const { raw, counts } = await reader(b, w.documentRoom, anna, dataDir);
      const writer = client(a, w.documentRoom, w.facilitator);
      await writer.synced;
      await typeSlowly(writer, 'voor ');
      await waitFor(() => counts.doc.getText('t').toString() === 'voor ', 10_000, 'relays before');
      // Redis goes away mid-session (its streams with it) and comes back empty.
      await redis.stop();
      await typeSlowly(writer, 'tijdens ');
      redis = await startOwnRedis(port);
      await typeSlowly(writer, 'na ', 50);
      await waitFor(() => counts.doc.getText('t').toString() === 'voor tijdens na ', 15_000, 'after restart');
      // Every connection of both instances dropped at once (CLIENT KILL), while typing.
      const admin = new Redis(`redis://127.0.0.1:${port}`);
      const typing = typeSlowly(writer, 'en verder.', 20);
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
      await typing;
      admin.disconnect();
      await waitFor(
        () => counts.doc.getText('t').toString() === 'voor tijdens na en verder.',
        15_000,
        'after CLIENT KILL',
      );
      expect(counts.duplicates).toBe(0);
      expect(counts.unstored).toBe(0);
      raw.ws.close();
    } finally {
      await redis.stop();
    }
  });
});
