import fs from 'node:fs';
import path from 'node:path';
import type { ColdLoadRound } from './coldload';
import type { BenchConfig } from './config';
import type { StoredForm } from './fixtures';
import type { RssResult } from './rss';
import type { FanoutResult, ThroughputResult } from './scenarios';
import type { ServerKind } from './servers';
import { median, round } from './stats';

export interface ServerRound {
  fanout20: FanoutResult;
  fanout100: FanoutResult;
  /** Ours only, diagnostic: N=20 fan-out with DATA_DIR on tmpfs, where fsync costs nothing. */
  fanout20Tmpfs: FanoutResult | null;
  throughput: ThroughputResult;
  /**
   * Ours: `section:` rooms (a document's text; gc on, history in named versions), real documents opened with a member's token,
   * the only rooms a client can open there. Reference: `board:` room names (it has gc on everywhere).
   */
  rss: RssResult;
  coldLoad: ColdLoadRound;
}

export interface RoundResult {
  round: number;
  order: ServerKind[];
  ours: ServerRound;
  ref: ServerRound;
}

export interface Row {
  metric: string;
  ours: number;
  ref: number;
  /** ours / ref of the medians; null where it means nothing. */
  ratio: number | null;
  goal: string;
  /** null: no goal for this row. */
  met: boolean | null;
}

type Pick = (r: ServerRound) => number | null | undefined;

const med = (rounds: readonly RoundResult[], kind: ServerKind, pick: Pick) =>
  round(median(rounds.map((r) => pick(r[kind]) ?? Number.NaN)), 2);

/** Medians over the rounds, one row per reported figure. */
export function buildRows(rounds: readonly RoundResult[]): Row[] {
  const rows: Row[] = [];
  const add = (
    metric: string,
    pickOurs: Pick,
    pickRef: Pick = pickOurs,
    goal = '—',
    check: ((ours: number, ratio: number) => boolean) | null = null,
    showRatio = true,
  ) => {
    const ours = med(rounds, 'ours', pickOurs);
    const ref = med(rounds, 'ref', pickRef);
    const ratio = round(ours / ref, 2);
    rows.push({
      metric,
      ours,
      ref,
      ratio: showRatio ? ratio : null,
      goal,
      met: check ? check(ours, ratio) : null,
    });
  };
  const ratioGoal = 'ratio ≤ 1.0';
  const ratioAtMost1 = (_ours: number, ratio: number) => ratio <= 1.0;
  const oursAtMost = (limit: number) => (ours: number) => ours <= limit;
  add('fan-out N=20 p50 latency (ms)', (r) => r.fanout20.p50Ms, undefined, ratioGoal, ratioAtMost1);
  add('fan-out N=20 p99 latency (ms)', (r) => r.fanout20.p99Ms, undefined, ratioGoal, ratioAtMost1);
  add('fan-out N=100 p50 latency (ms)', (r) => r.fanout100.p50Ms, undefined, ratioGoal, ratioAtMost1);
  add('fan-out N=100 p99 latency (ms)', (r) => r.fanout100.p99Ms, undefined, ratioGoal, ratioAtMost1);
  add(
    '  diag: N=20 p50, ours on tmpfs (no fsync)',
    (r) => r.fanout20Tmpfs?.p50Ms,
    (r) => r.fanout20.p50Ms,
  );
  add(
    '  diag: N=20 p99, ours on tmpfs (no fsync)',
    (r) => r.fanout20Tmpfs?.p99Ms,
    (r) => r.fanout20.p99Ms,
  );
  add('sustained updates/s, 1 doc (observer-received)', (r) => r.throughput.updatesPerSecond);
  add('cold load 100k-update log, 1st load (ms)', (r) => r.coldLoad.logFirst.contentMs);
  add('cold load same doc, 2nd load after restart (ms)', (r) => r.coldLoad.logSecond.contentMs);
  add('cold load single snapshot (ms)', (r) => r.coldLoad.snapshot.contentMs);
  const loadGoal = 'ours ≤ 1.2×';
  const first = (r: ServerRound) => r.coldLoad.firstOverSnapshot;
  const second = (r: ServerRound) => r.coldLoad.secondOverSnapshot;
  add('1st 100k-log load / snapshot load (×)', first, first, loadGoal, oursAtMost(1.2), false);
  add('2nd load / snapshot load (×)', second, second, loadGoal, oursAtMost(1.2), false);
  const kbGoal = 'ours ≤ 40';
  const atMost40 = oursAtMost(40);
  add(
    'RSS per open doc (KiB; ours: section: rooms, gc on)',
    (r) => r.rss.perDocKb,
    undefined,
    kbGoal,
    atMost40,
  );
  return rows;
}

function fmt(n: number | null): string {
  if (n === null) return '—';
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return n.toFixed(0);
  if (Math.abs(n) >= 100) return n.toFixed(1);
  return n.toFixed(2);
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'ours', 'reference', 'ratio (ours/ref)', 'goal', 'met?'];
  const body = rows.map((r) => [
    r.metric,
    fmt(r.ours),
    fmt(r.ref),
    fmt(r.ratio),
    r.goal,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

const medianOf = (rounds: readonly RoundResult[], pick: (r: RoundResult) => number) =>
  round(median(rounds.map(pick)), 1);

/** Plain-language notes printed under the table. */
export function formatNotes(
  config: BenchConfig,
  rounds: readonly RoundResult[],
  stored: { logUpdates: number; logBytes: number },
  commit: { p50Ms: number; p99Ms: number },
  loadProfile: { readMs: number; replayMs: number; rows: number },
): string {
  const { fanout, throughput: t, rss, coldLoad } = config;
  const cpu = (kind: ServerKind) => medianOf(rounds, (r) => r[kind].throughput.serverCpuPct);
  const benchCpu = medianOf(rounds, (r) => r.ours.throughput.benchCpuPct);
  const notes = [
    'Ours runs with access control on: every client opens a real document of a werkgroep with a ' +
      "member's session token (`token` query parameter), checked at each websocket upgrade. The " +
      'documents are made through the API by an earlier server process on the same data directory, so ' +
      'the measured process starts fresh. The reference needs neither.',
    `Fan-out: 1 writer at ${fanout.rate} updates/s into a Y.Array of a document's text room (ours: 'section:', the reference: '${config.trafficRoomKind}:'), ` +
      `${fanout.measuredUpdates} measured updates after ${fanout.warmupUpdates} warm-up; latency = receive − ` +
      'send over all (update, receiver) pairs, all clients in this process; medians of per-round percentiles.',
    `Diag rows: our server with DATA_DIR on tmpfs (fsync is free there) against the reference on disk; ` +
      `one durable SQLite commit (WAL, synchronous=FULL) on this disk costs p50 ${commit.p50Ms} ms, ` +
      `p99 ${commit.p99Ms} ms.`,
    `Throughput: ${t.writers} bare-socket writers (≤ ${t.window} in flight, paced ≤ ${t.perWriterMaxRate}/s ` +
      `each, ceiling ${t.writers * t.perWriterMaxRate}/s), 1 stock observer; updates/s = Y.Array inserts the ` +
      `observer received per second over ${t.measureMs} ms (ours: each durably committed before relay). ` +
      `Server CPU meanwhile (median): ours ${cpu('ours')} %, reference ${cpu('ref')} % of one core; ` +
      `this load generator ${benchCpu} %.`,
    `Cold load: connect → text complete (${coldLoad.updates} chars), fresh server process, files in the page ` +
      `cache. Ours before the 1st load: ${stored.logUpdates} log rows (${stored.logBytes} B), no snapshot.`,
    `RSS: on a fresh server after a warm-up (10 documents), ${rss.docs} new documents of ~300 chars, each ` +
      `opened and written by 1 client that stays connected; (RSS after − RSS before) / ${rss.docs}, both ` +
      'read from /proc/<pid>/status once RSS has stopped moving (≥ 4 s, no forced GC). Counts the document, ' +
      'its room, its connection and storage buffers. Ours: section: rooms (gc on since [SYNC13]), where documents keep their text; ' +
      'the reference: board: room names (gc on, as in all its rooms).',
  ];
  const last = rounds.at(-1);
  if (last) {
    const live = last.ours.coldLoad.storedAfterFirstLoad;
    const o = last.ours.coldLoad.storedAfterShutdown;
    const f = last.ref.coldLoad.storedAfterShutdown;
    const form = (s: StoredForm) =>
      `${s.snapshotBytes} B snapshot + ${s.logUpdates} log rows (${s.logBytes} B)`;
    notes.push(
      `Stored form, ours: 500 ms after the 1st load (server running) ${live ? form(live) : '?'}; after ` +
        `shutdown ${form(o)}. Reference after its 1st load: ${f.logUpdates} stored update(s), ${f.logBytes} B ` +
        '(y-leveldb merges a log of > 500 updates when it reads it).',
      `Ours' 1st load, replayed in this process with the server's storage code: reading ${loadProfile.rows} ` +
        `rows ${loadProfile.readMs} ms, applying them ${loadProfile.replayMs} ms.`,
    );
  }
  const closes = rounds.flatMap((r) =>
    (['ours', 'ref'] as const).flatMap((k) => [
      ...r[k].fanout20.closeCodes,
      ...r[k].fanout100.closeCodes,
      ...r[k].throughput.closeCodes,
    ]),
  );
  const unstable = rounds
    .flatMap((r) => [r.ours.rss, r.ref.rss])
    .filter((x) => !x.before.stable || !x.after.stable).length;
  if (unstable > 0) notes.push(`WARNING: ${unstable} RSS measurement(s) were still moving after 10 s.`);
  if (closes.length > 0)
    notes.push(`WARNING: servers closed client connections during traffic: ${closes.join(',')}`);
  return notes.map((n) => `- ${n}`).join('\n');
}

/** Writes `<ISO time>.json` and `latest.json` under bench/results; returns the dated path. */
export function writeResults(data: unknown, startedAt: Date): string {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const file = path.join(dir, name);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  return file;
}
