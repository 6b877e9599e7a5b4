import fs from 'node:fs/promises';
import { afterAll, afterEach } from 'vitest';
import type { ChildServer } from './childServer';
import type { TestClient } from './clients';
import { dropKeys } from './redisKeys';
import { reachable } from './relayCluster';

/** The machine's Redis, which the [SYNC10] tests share (each under a key prefix of its own). */
export const MACHINE_REDIS_URL = 'redis://127.0.0.1:6379';

/** Whether the machine's Redis answers; in CI its absence fails the file, never skips it quietly. */
export async function machineRedisUp(): Promise<boolean> {
  const up = await reachable(6379);
  if (!up && process.env.CI)
    throw new Error('[SYNC10] Redis is not reachable at 127.0.0.1:6379 (required in CI)');
  return up;
}

/**
 * What a test file of child instances starts, and its cleanup: servers are killed and clients closed
 * after each test; temp folders and Redis keys under the listed prefixes are removed after the file.
 */
export function trackInstances() {
  const tracked = {
    servers: [] as ChildServer[],
    clients: [] as TestClient[],
    dirs: [] as string[],
    prefixes: [] as string[],
  };
  afterEach(async () => {
    for (const c of tracked.clients.splice(0)) c.destroy();
    for (const s of tracked.servers.splice(0)) {
      s.child.kill('SIGKILL');
      await s.exited;
    }
  });
  afterAll(async () => {
    for (const dir of tracked.dirs) await fs.rm(dir, { recursive: true, force: true });
    for (const prefix of tracked.prefixes) await dropKeys(MACHINE_REDIS_URL, prefix);
  });
  return tracked;
}
