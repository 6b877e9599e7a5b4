import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
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
  // Never left behind, whatever way the bench ends.
  process.once('exit', () => child.kill('SIGKILL'));
  const url = `redis://127.0.0.1:${port}`;
  // Listening first: a client that connects too early reconnects on its own and cannot be told to connect again.
  for (let i = 0; !(await listening(port)); i++) {
    if (i > 100) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const admin = new Redis(url, { maxRetriesPerRequest: 1 });
  admin.on('error', () => {});
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

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
