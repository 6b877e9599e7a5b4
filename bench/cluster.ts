/**
 * `npm run bench:cluster`: our server as 1 and 3 instances on PostgreSQL + Redis (SQLite single
 * instance as the baseline). See bench/README.md ("Several instances") for what each figure means.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type CountedFanout,
  clusterRows,
  formatClusterTable,
  type SetupResult,
  writeClusterResults,
} from './clusterReport';
import { type Cluster, freshDatabase, PG, startCluster } from './clusterSetup';
import { CONFIG } from './config';
import { type PgCounter, startPgCounter } from './pgCount';
import { callsDelta, type OwnRedis, startOwnRedis } from './redisStats';
import type { BenchRoom } from './rooms';
import { rssPerDoc } from './rss';
import { fanout, type ThroughputResult, throughput } from './scenarios';
import { killAllServers } from './servers';
import { round } from './stats';

const RSS_DOCS = 200;
/**
 * More than `npm run bench`'s 10: the instances are measured right after they started, and with fewer
 * the first major GC (collecting what loading the TypeScript sources left) fell inside the measured
 * phase now and then, giving per-document figures below zero.
 */
const WARMUP_DOCS = 60;
const FANOUT_CLIENTS = 100;
const HOCUSPOCUS =
  'not run: every @hocuspocus/server 4.x (4.0.0-4.7.0) declares engines.node ">=22" and ' +
  '@hocuspocus/extension-redis 4.7.0 depends on @hocuspocus/server ^4.7.0; this project runs Node 20.20, so neither was installed';

type Setup = { label: string; instances: number; storage: 'sqlite' | 'postgres'; redis: boolean };
const SETUPS: Setup[] = [
  { label: 'sqlite-1', instances: 1, storage: 'sqlite', redis: false },
  { label: 'pg-1', instances: 1, storage: 'postgres', redis: true },
  { label: 'pg-3', instances: 3, storage: 'postgres', redis: true },
];

type Counted = CountedFanout;

const t0 = performance.now();
const progress = (m: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}`);
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-cluster-'));
const cleanups: (() => Promise<void>)[] = [];
process.on('exit', () => {
  killAllServers();
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});
// Ctrl-C: exit through the handler above (servers and the bench's Redis stopped; the databases stay, named wijk_bench_cluster_*).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** Fan-out with the counters read right before the measured updates and after the last arrived. */
async function countedFanout(
  c: Cluster,
  room: BenchRoom,
  at: (i: number) => string,
  redis: OwnRedis | null,
  pgc: PgCounter | null,
): Promise<Counted> {
  let calls0: Record<string, number> = {};
  let calls: Record<string, number> = {};
  let trips0 = 0;
  let trips = 0;
  const res = await fanout(c.view, room, {
    clients: FANOUT_CLIENTS,
    ...CONFIG.fanout,
    at,
    around: {
      async before() {
        calls0 = (await redis?.calls()) ?? {};
        trips0 = pgc?.roundTrips() ?? 0;
      },
      async after() {
        // The readers' next XREAD is issued right after a delivery: let the last ones go out.
        await new Promise((r) => setTimeout(r, 300));
        calls = callsDelta(calls0, (await redis?.calls()) ?? {});
        trips = (pgc?.roundTrips() ?? 0) - trips0;
      },
    },
  });
  const n = CONFIG.fanout.measuredUpdates;
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  return {
    ...res,
    redisCalls: calls,
    redisCommandsPerUpdate: redis ? round(total / n, 2) : null,
    xaddPerUpdate: redis ? round((calls.xadd ?? 0) / n, 2) : null,
    pgRoundTripsPerUpdate: pgc ? round(trips / n, 2) : null,
    pgRoundTripsPerCommit: pgc && calls.xadd ? round(trips / calls.xadd, 2) : null,
  };
}

/** RSS is measured in the first round only (it needs the most documents, and time). */
function roomNames(instances: number, withRss: boolean): string[] {
  const rss = Array.from({ length: withRss ? instances : 0 }, (_, s) =>
    Array.from({ length: WARMUP_DOCS + RSS_DOCS }, (_, i) => `doc:rss${s}-${i}`),
  ).flat();
  return ['doc:fanoutSame', 'doc:fanoutCross', 'doc:throughput', ...rss];
}

async function runSetup(s: Setup, redis: OwnRedis, pgc: PgCounter, r: number): Promise<SetupResult> {
  const db =
    s.storage === 'postgres'
      ? await freshDatabase(`wijk_bench_cluster_${process.pid}_${s.label.replace('-', '')}_${r}`)
      : null;
  if (db) cleanups.push(db.drop);
  const names = roomNames(s.instances, r === 0);
  progress(`${s.label}: making ${names.length} documents, starting ${s.instances} instance(s)`);
  const { cluster, rooms } = await startCluster(
    {
      instances: s.instances,
      dir: path.join(tmpRoot, `${s.label}-${r}`),
      databaseUrl: db ? `postgres://${PG.user}@127.0.0.1:${pgc.port}/${db.name}` : null,
      redisUrl: s.redis ? redis.url : null,
    },
    names,
  );
  try {
    const [same, cross, thr] = rooms as [BenchRoom, BenchRoom, BenchRoom];
    const base = (i: number) => cluster.servers[i % cluster.servers.length]?.wsBase ?? cluster.view.wsBase;
    const counters = [s.redis ? redis : null, db ? pgc : null] as const;
    // Memory first, while the instances have served no traffic (as in `npm run bench`).
    const rss = [];
    for (const [i, server] of r === 0 ? cluster.servers.entries() : []) {
      progress(`${s.label}: RSS per open document, instance ${i + 1}`);
      const mine = rooms.slice(3 + i * (WARMUP_DOCS + RSS_DOCS), 3 + (i + 1) * (WARMUP_DOCS + RSS_DOCS));
      rss.push(await rssPerDoc(server, 'doc', mine, WARMUP_DOCS));
    }

    progress(`${s.label}: fan-out N=${FANOUT_CLIENTS}, all on the first instance`);
    const fanoutSame = await countedFanout(cluster, same, () => cluster.view.wsBase, ...counters);
    let fanoutCross: Counted | null = null;
    if (s.instances > 1) {
      progress(`${s.label}: fan-out N=${FANOUT_CLIENTS}, writer on the first, readers on the others`);
      // Client 0 writes on instance 0; readers alternate over instances 1…n−1.
      const at = (i: number) => (i === 0 ? base(0) : base(1 + ((i - 1) % (s.instances - 1))));
      fanoutCross = await countedFanout(cluster, cross, at, ...counters);
    }
    progress(`${s.label}: sustained updates/s, writers spread over the instances`);
    const thrResult: ThroughputResult = await throughput(cluster.view, thr, {
      ...CONFIG.throughput,
      writerAt: base,
    });
    return { ...s, fanoutSame, fanoutCross, throughput: thrResult, rss };
  } finally {
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 2);
  console.log(`Wijkatelier cluster benchmark: ${SETUPS.map((s) => s.label).join(', ')}; ${rounds} round(s)`);
  const redis = await startOwnRedis();
  cleanups.push(redis.stop);
  const pgc = await startPgCounter({ host: PG.host, port: PG.port });
  cleanups.push(pgc.close);
  const results: SetupResult[][] = [];
  try {
    for (let r = 0; r < rounds; r++) {
      // Alternating order, so a slow phase of the shared machine does not always hit the same setup.
      const order = r % 2 === 0 ? SETUPS : [...SETUPS].reverse();
      const round: SetupResult[] = [];
      for (const s of order) round.push(await runSetup(s, redis, pgc, r));
      results.push(round);
    }
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  }
  const rows = clusterRows(results);
  console.log(`\n${formatClusterTable(rows)}\n`);
  console.log(`Hocuspocus 4 + @hocuspocus/extension-redis: ${HOCUSPOCUS}`);
  const wallSeconds = round((performance.now() - t0) / 1000, 1);
  const file = writeClusterResults(
    {
      startedAt: startedAt.toISOString(),
      wallSeconds,
      machine: { cpus: os.cpus().length, node: process.version, loadavg: os.loadavg() },
      config: {
        fanout: CONFIG.fanout,
        fanoutClients: FANOUT_CLIENTS,
        throughput: CONFIG.throughput,
        rssDocs: RSS_DOCS,
      },
      hocuspocus: HOCUSPOCUS,
      medians: rows,
      rounds: results,
    },
    startedAt,
  );
  console.log(`results: ${path.relative(process.cwd(), file)} (and bench/results/cluster-latest.json)`);
  console.log(`wall time: ${wallSeconds} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`cluster benchmark failed after ${((performance.now() - t0) / 1000).toFixed(0)}s:`, error);
    process.exit(1);
  },
);
