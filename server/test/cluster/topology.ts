import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { TEST_DATABASE_URL } from '../../storage/postgres/pgTestDatabase';
import { type ChildServer, startChildServer } from '../childServer';
import { startOwnRedis } from '../relayCluster';
import { TEST_ADMIN_TOKEN } from '../startTestServer';
import { type RunningNginx, startNginx } from './nginx';
import { freePort, startTcpProxy, type TcpProxy } from './tcpProxy';

/**
 * Issue 17's test topology, everything real: nginx in front of three instances (child processes,
 * as `npm run serve` runs them) on one fresh PostgreSQL database, reached through a TCP proxy the
 * test can cut, and one Redis of the test's own that it can restart. Never the machine's services.
 * KEEP_TOPOLOGY_DIR=1 keeps the temp folder (nginx's error.log) after the test, for a post-mortem.
 */
export interface Topology {
  nginx: RunningNginx;
  /** The instances; an entry is replaced when it is restarted. */
  instances: ChildServer[];
  /** http://127.0.0.1:<port> of instance i (also while it is down: the port stays the same). */
  base(i: number): string;
  pgProxy: TcpProxy;
  /** A pool on the test's database, straight to PostgreSQL (not through the proxy). */
  db: pg.Pool;
  kill(i: number): Promise<void>;
  /** Stops instance i as a deploy does (SIGTERM, [SYNC9]); resolves with its exit code once it is gone. */
  terminate(i: number): Promise<number | null>;
  restart(i: number): Promise<ChildServer>;
  restartRedis(): Promise<void>;
  stop(): Promise<void>;
}

function databaseUrl(name: string, port?: number): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  url.search = '';
  if (port !== undefined) {
    url.hostname = '127.0.0.1';
    url.port = String(port);
  }
  return url.toString();
}

async function adminRun(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function startTopology(count = 3, extraEnv: Record<string, string> = {}): Promise<Topology> {
  const name = `wijk_topology_${randomBytes(5).toString('hex')}`;
  await adminRun(`CREATE DATABASE ${name}`);
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-topology-'));
  const redisPort = await freePort();
  let redis = await startOwnRedis(redisPort);
  const pgUrl = new URL(TEST_DATABASE_URL);
  const pgProxy = await startTcpProxy(Number(pgUrl.port || 5432), pgUrl.hostname);
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  const env = (i: number): Record<string, string> => ({
    PORT: String(ports[i]),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(runDir, `instance-${i}`),
    DATABASE_URL: databaseUrl(name, pgProxy.port),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    // X-Forwarded-For is believed from nginx only (it replaces the header with the peer's address).
    TRUST_PROXY: '127.0.0.1',
    ...extraEnv,
  });
  const instances: ChildServer[] = [];
  // The first one runs the migrations alone; the others find them done.
  instances.push(await startChildServer(env(0)));
  instances.push(...(await Promise.all(ports.slice(1).map((_, i) => startChildServer(env(i + 1))))));
  const nginx = await startNginx(
    runDir,
    await freePort(),
    ports.map((p) => `127.0.0.1:${p}`),
  );
  const db = new pg.Pool({ connectionString: databaseUrl(name), max: 2 });
  db.on('error', () => {});

  const kill = async (i: number) => {
    const s = instances[i];
    if (!s || s.child.exitCode !== null || s.child.signalCode !== null) return;
    s.child.kill('SIGKILL');
    await s.exited;
  };
  return {
    nginx,
    instances,
    base: (i) => `http://127.0.0.1:${ports[i]}`,
    pgProxy,
    db,
    kill,
    async terminate(i) {
      const s = instances[i];
      if (!s || s.child.exitCode !== null || s.child.signalCode !== null) return s?.child.exitCode ?? null;
      s.child.kill('SIGTERM');
      return (await s.exited).code;
    },
    async restart(i) {
      await kill(i);
      const s = await startChildServer(env(i));
      instances[i] = s;
      return s;
    },
    async restartRedis() {
      await redis.stop();
      redis = await startOwnRedis(redisPort);
    },
    async stop() {
      await nginx.stop().catch(() => {});
      for (let i = 0; i < instances.length; i++) await kill(i);
      await redis.stop();
      await db.end().catch(() => {});
      await pgProxy.stop();
      await adminRun(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      if (!process.env.KEEP_TOPOLOGY_DIR) await fs.rm(runDir, { recursive: true, force: true });
    },
  };
}
