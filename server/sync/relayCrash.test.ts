import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { dropKeys } from '../test/redisKeys';
import { reachable } from '../test/relayCluster';
import { makeTempDir, TEST_ADMIN_TOKEN } from '../test/startTestServer';

/**
 * [SYNC10] An instance that dies between a commit and its publication: the commit is stored, and no
 * later publication of that instance will ever reveal the gap. Its client reconnects to an instance
 * that loads the room fresh (so it has the commit, and the client's resend brings it nothing new):
 * the rooms loaded elsewhere must still get it. Three child processes on one SQLite folder, one Redis.
 */
const redisUp = await reachable(6379);
if (!redisUp && process.env.CI)
  throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');

const servers: ChildServer[] = [];
const clients: TestClient[] = [];
let dataDir = '';
/** Redis keys of this test's own (the machine's Redis is shared), dropped afterwards. */
const PREFIX = `wijkatelier-test-relaycrash-${process.pid}-${Date.now()}:`;
afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) {
    s.child.kill('SIGKILL');
    await s.exited;
  }
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  if (redisUp) await dropKeys('redis://127.0.0.1:6379', PREFIX);
});

describe.skipIf(!redisUp)('[SYNC10] an instance killed between commit and publication', () => {
  it('[SYNC10] a room loaded on B gets the commit A stored but never published, once the writer is back on C', async () => {
    dataDir = await makeTempDir('wijkatelier-relay-crash-');
    const env = {
      DATA_DIR: dataDir,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: PREFIX,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    };
    const b = await startChildServer(env);
    const c = await startChildServer(env);
    const a = await startChildServer({ ...env, WIJKATELIER_TEST_CRASH_AT: 'before-publish' });
    servers.push(a, b, c);
    const w = await setupWerkgroep(`http://127.0.0.1:${b.port}`, TEST_ADMIN_TOKEN, ['bewoner']);
    const anna = w.people[0];
    if (!anna) throw new Error('no member');
    const onB = connectClient(b.wsUrl, w.documentRoom, undefined, anna.token);
    clients.push(onB);
    await onB.synced;

    const doc = new Y.Doc();
    const onA = connectClient(a.wsUrl, w.documentRoom, doc, w.facilitator.token);
    clients.push(onA);
    await onA.synced;
    doc.getText('t').insert(0, 'opgeslagen maar nooit gemeld');
    // A stores the update, then dies before publishing it.
    expect((await a.exited).signal).toBe('SIGKILL');
    onA.provider.destroy();
    // The writer is back, on C (which loads the room from storage, the update included).
    const onC = connectClient(c.wsUrl, w.documentRoom, doc, w.facilitator.token);
    clients.push(onC);
    await onC.synced;
    await waitFor(
      () => onB.doc.getText('t').toString() === 'opgeslagen maar nooit gemeld',
      15_000,
      'the room on B catches up',
    );
  }, 60_000);
});
