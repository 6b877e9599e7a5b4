import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './servers';

export interface OwnRedis {
  url: string;
  /** Calls per command since start (INFO commandstats), without the INFO calls themselves. */
  calls(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * A Redis of the bench's own on a free port (no persistence): its command statistics then count
 * only this run's servers, never another user's of the machine's Redis.
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const admin = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  admin.on('error', () => {});
  for (let i = 0; ; i++) {
    try {
      await admin.connect();
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    async calls() {
      const info = await admin.info('commandstats');
      const out: Record<string, number> = {};
      for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
        if (m[1] && m[1] !== 'info') out[m[1]] = Number(m[2]);
      }
      return out;
    },
    async stop() {
      admin.disconnect();
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** `after − before` per command, only those that changed. */
export function callsDelta(before: Record<string, number>, after: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d > 0) out[k] = d;
  }
  return out;
}
