import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type BenchRoom, prepareRooms } from './rooms';
import { type BenchServer, startOurs } from './servers';

/** PostgreSQL as the machine runs it (trust on 127.0.0.1); each run makes databases of its own. */
export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database; `drop` removes it (closing what is still connected). */
export async function freshDatabase(name: string): Promise<{ name: string; drop(): Promise<void> }> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name: ${name}`);
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  return { name, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface Cluster {
  servers: BenchServer[];
  /** The first instance, with the CPU of all instances together (for the scenarios' CPU figures). */
  view: BenchServer;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances: number;
  dir: string;
  /** null: SQLite in `dir` (one instance only). */
  databaseUrl: string | null;
  redisUrl: string | null;
}

/**
 * `instances` of our server (child processes, access control on) on one storage and one Redis, with
 * one room per entry of `names` made through the API by an earlier process (rooms.ts) first.
 */
export async function startCluster(
  o: ClusterOptions,
  names: readonly string[],
): Promise<{ cluster: Cluster; rooms: BenchRoom[] }> {
  if (o.databaseUrl === null && o.instances > 1) throw new Error('several instances need PostgreSQL');
  fs.mkdirSync(o.dir, { recursive: true });
  const env: Record<string, string> = {};
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  if (o.redisUrl) env.REDIS_URL = o.redisUrl;
  const rooms = await prepareRooms('ours', o.dir, names, undefined, env);
  const servers: BenchServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  try {
    for (let i = 0; i < o.instances; i++) {
      // Each its own DATA_DIR (nothing of the documents is there with PostgreSQL).
      const dir = o.databaseUrl ? path.join(o.dir, `instance-${i}`) : o.dir;
      fs.mkdirSync(dir, { recursive: true });
      // With the inspector, so the RSS scenario can collect garbage before each reading (see rss.ts).
      servers.push(await startOurs(dir, env, undefined, true));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  const [first] = servers;
  if (!first) throw new Error('no instance');
  const view: BenchServer = {
    ...first,
    cpuSeconds: () => servers.reduce((sum, s) => sum + s.cpuSeconds(), 0),
  };
  return { cluster: { servers, view, stop }, rooms };
}
