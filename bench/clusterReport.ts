import fs from 'node:fs';
import path from 'node:path';
import type { RssResult } from './rss';
import type { FanoutResult, ThroughputResult } from './scenarios';
import { median, round } from './stats';

export interface CountedFanout extends FanoutResult {
  redisCalls: Record<string, number>;
  redisCommandsPerUpdate: number | null;
  xaddPerUpdate: number | null;
  pgRoundTripsPerUpdate: number | null;
  /** Per group commit (= per XADD: one per room per commit); under load a commit holds several updates. */
  pgRoundTripsPerCommit: number | null;
}

export interface SetupResult {
  label: string;
  instances: number;
  storage: 'sqlite' | 'postgres';
  redis: boolean;
  fanoutSame: CountedFanout;
  fanoutCross: CountedFanout | null;
  throughput: ThroughputResult;
  rss: RssResult[];
}

type Row = { figure: string; values: Record<string, string> };

const ALL_ON_A = 'PG+Redis, 3 instances: all clients on A';

const med = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return v.length === 0 ? '—' : String(round(median(v), 2));
};

/** Medians over the rounds, one column per setup (pg-3 twice: all clients on A, and across). */
export function clusterRows(rounds: SetupResult[][]): Row[] {
  const by = (label: string) =>
    rounds.map((r) => r.find((s) => s.label === label)).filter((s) => s !== undefined);
  const cols: Record<string, (SetupResult & { f: CountedFanout })[]> = {
    'SQLite, 1 instance': by('sqlite-1').map((s) => ({ ...s, f: s.fanoutSame })),
    'PG+Redis, 1 instance': by('pg-1').map((s) => ({ ...s, f: s.fanoutSame })),
    [ALL_ON_A]: by('pg-3').map((s) => ({ ...s, f: s.fanoutSame })),
    'PG+Redis, 3 instances: writer on A, readers on B/C': by('pg-3').flatMap((s) =>
      s.fanoutCross ? [{ ...s, f: s.fanoutCross }] : [],
    ),
  };
  /** `perSetup`: a figure of the whole setup (throughput, memory), shown once for the 3 instances. */
  const row = (
    figure: string,
    pick: (s: SetupResult & { f: CountedFanout }) => number | null | undefined,
    perSetup = false,
  ): Row => ({
    figure,
    values: Object.fromEntries(
      Object.entries(cols).map(([k, v]) => [k, perSetup && k === ALL_ON_A ? '—' : med(v.map(pick))]),
    ),
  });
  return [
    row('fan-out N=100 p50 (ms)', (s) => s.f.p50Ms),
    row('fan-out N=100 p99 (ms)', (s) => s.f.p99Ms),
    row('fan-out first receiver p50 (ms)', (s) => s.f.firstP50Ms),
    row('Redis commands per relayed update (all)', (s) => s.f.redisCommandsPerUpdate),
    row('Redis XADD per relayed update', (s) => s.f.xaddPerUpdate),
    row('PostgreSQL round trips per update', (s) => s.f.pgRoundTripsPerUpdate),
    row('PostgreSQL round trips per group commit', (s) => s.f.pgRoundTripsPerCommit),
    row('sustained updates/s, one document (writers spread)', (s) => s.throughput.updatesPerSecond, true),
    row(
      'RSS per open document, per instance (KiB, median of instances; first round)',
      (s) => (s.rss.length > 0 ? median(s.rss.map((x) => x.perDocKb)) : null),
      true,
    ),
    row(
      'V8 heap per open document after a full GC, per instance (KiB, median of instances; first round)',
      (s) => (s.rss.length > 0 ? median(s.rss.map((x) => x.heapPerDocKb ?? Number.NaN)) : null),
      true,
    ),
  ];
}

export function formatClusterTable(rows: Row[]): string {
  const cols = Object.keys(rows[0]?.values ?? {});
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['figure', ...cols]),
    line(['---', ...cols.map(() => '---')]),
    ...rows.map((r) => line([r.figure, ...cols.map((c) => r.values[c] ?? '—')])),
  ].join('\n');
}

/** bench/results/cluster-<time>.json and cluster-latest.json, as the other benches keep theirs. */
export function writeClusterResults(data: unknown, startedAt: Date): string {
  const dir = path.resolve(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cluster-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'cluster-latest.json'), text);
  return file;
}
