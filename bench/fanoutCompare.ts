/**
 * `node --import tsx bench/fanoutCompare.ts [--rounds=5] [--clients=100] [--variant=<label>=<checkout>]…`:
 * only the fan-out scenario, for before/after comparisons of our server. Every round runs the
 * reference and each variant of ours (this checkout as `ours`, plus each `--variant`, another
 * checkout of this repository with its own node_modules) on fresh servers and data directories,
 * in an order that rotates from round to round, so slow phases of a shared machine spread over all.
 * `--tmpfs` puts every data directory on /dev/shm (fsync free). Prints every round and the medians;
 * writes bench/results/fanout-compare-latest.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG } from './config';
import { measureCommitLatency } from './fixtures';
import { prepareRooms } from './rooms';
import { type FanoutResult, fanout } from './scenarios';
import { killAllServers, startOurs, startRef } from './servers';
import { median, round } from './stats';

const args = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--') && !a.startsWith('--variant='))
    .map((a) => a.slice(2).split('=') as [string, string]),
);
const rounds = Number(args.get('rounds') ?? 5);
const clients = Number(args.get('clients') ?? 100);
const variants: { label: string; root: string | null }[] = [
  { label: 'ref', root: null },
  { label: 'ours', root: path.resolve(import.meta.dirname, '..') },
  ...process.argv
    .filter((a) => a.startsWith('--variant='))
    .map((a) => {
      const [label, root] = a.slice('--variant='.length).split('=');
      if (!label || !root) throw new Error(`--variant=<label>=<checkout>: ${a}`);
      return { label, root: path.resolve(root) };
    }),
];

// --tmpfs: data on /dev/shm, where fsync costs nothing: what is left is the servers' own path.
const tmpRoot = fs.mkdtempSync(
  path.join(args.has('tmpfs') ? '/dev/shm' : os.tmpdir(), 'wijkatelier-fanout-'),
);
process.on('exit', () => {
  killAllServers();
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});

async function session(v: (typeof variants)[number], r: number): Promise<FanoutResult> {
  const dir = path.join(tmpRoot, `${r}-${v.label}`);
  fs.mkdirSync(dir);
  const names = [`doc:fanout${clients}r${r}`];
  const [room] = await prepareRooms(v.root ? 'ours' : 'ref', dir, names, v.root ?? undefined);
  const server = v.root ? await startOurs(dir, {}, v.root) : await startRef(dir);
  try {
    if (!room) throw new Error('no room');
    return await fanout(server, room, { clients, ...CONFIG.fanout });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const commit = await measureCommitLatency(path.join(tmpRoot, 'probe'));
  console.log(`one durable SQLite commit: p50 ${commit.p50Ms} ms, p99 ${commit.p99Ms} ms`);
  const results: Record<string, FanoutResult[]> = Object.fromEntries(variants.map((v) => [v.label, []]));
  for (let r = 0; r < rounds; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length] as (typeof variants)[number]);
    for (const v of order) {
      const res = await session(v, r);
      results[v.label]?.push(res);
      console.log(
        `round ${r + 1} ${v.label.padEnd(8)} p50 ${res.p50Ms} p99 ${res.p99Ms} first p50 ${res.firstP50Ms} ` +
          `cpu ${res.serverCpuPct}% missing ${res.missing} load ${os.loadavg()[0]?.toFixed(2)}`,
      );
    }
  }
  const pick = (label: string, key: 'p50Ms' | 'p99Ms' | 'firstP50Ms') =>
    (results[label] ?? []).map((x) => x[key]);
  const summary = variants.map(({ label }) => ({
    label,
    p50Ms: round(median(pick(label, 'p50Ms'))),
    p99Ms: round(median(pick(label, 'p99Ms'))),
    firstP50Ms: round(median(pick(label, 'firstP50Ms'))),
    p50Ratios: pick(label, 'p50Ms').map((x, i) => round(x / (pick('ref', 'p50Ms')[i] ?? Number.NaN), 2)),
    p99Ratios: pick(label, 'p99Ms').map((x, i) => round(x / (pick('ref', 'p99Ms')[i] ?? Number.NaN), 2)),
  }));
  for (const s of summary) console.log(JSON.stringify(s));
  const out = path.resolve(import.meta.dirname, 'results/fanout-compare-latest.json');
  const data = {
    startedAt: new Date().toISOString(),
    clients,
    rounds,
    tmpfs: args.has('tmpfs'),
    commit,
    summary,
    results,
  };
  fs.writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
