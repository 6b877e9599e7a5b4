import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectMany, destroyAll, roomUrl, sleep, waitFor, withTimeout } from './clients';
import type { BenchRoom } from './rooms';
import type { BenchServer } from './servers';
import { max, mean, percentile, round } from './stats';

const MESSAGE_SYNC = 0;

/** Calls `onValue` for every number a remote transaction inserted into `array`. */
function onInsertedNumbers(array: Y.Array<number>, onValue: (value: number, now: number) => void): void {
  array.observe((event) => {
    const now = performance.now();
    for (const d of event.delta) {
      if (!Array.isArray(d.insert)) continue;
      for (const v of d.insert as unknown[]) if (typeof v === 'number') onValue(v, now);
    }
  });
}

export interface FanoutOptions {
  clients: number;
  /** Updates per second the single writer sends. */
  rate: number;
  warmupUpdates: number;
  measuredUpdates: number;
  /** Client i's websocket base (client 0 writes); default: the server's. */
  at?: (i: number) => string;
  /** Awaited right before the measured updates are sent and after the last has arrived (counters). */
  around?: { before(): Promise<void>; after(): Promise<void> };
}

export interface FanoutResult {
  clients: number;
  receivers: number;
  measuredUpdates: number;
  /** (update, receiver) pairs measured. */
  samples: number;
  /** Pairs that never arrived within the drain timeout. */
  missing: number;
  p50Ms: number;
  p99Ms: number;
  /** Per update, the first receiver's latency (p50): the server's own path, before the load generator's queue. */
  firstP50Ms: number;
  meanMs: number;
  maxMs: number;
  serverCpuPct: number;
  closeCodes: number[];
}

/**
 * Fan-out latency: one writer pushes a numbered marker into a Y.Array at a steady rate; every other
 * client (all in this process, one clock) records performance.now() when the marker arrives.
 * Latency = arrival − send, over all (update, receiver) pairs after the warm-up.
 */
export async function fanout(server: BenchServer, room: BenchRoom, o: FanoutOptions): Promise<FanoutResult> {
  const clients = await connectMany(
    o.at ?? server.wsBase,
    Array.from({ length: o.clients }, () => room),
  );
  try {
    const [writer, ...receivers] = clients;
    if (!writer) throw new Error('no clients');
    const sendTimes: number[] = [];
    const latencies: number[] = [];
    const first = new Map<number, number>();
    const received = receivers.map(() => 0);
    const firstMeasured = o.warmupUpdates;
    receivers.forEach((client, i) => {
      onInsertedNumbers(client.doc.getArray<number>('marks'), (id, now) => {
        received[i] = (received[i] ?? 0) + 1;
        const sent = sendTimes[id];
        if (id < firstMeasured || sent === undefined) return;
        latencies.push(now - sent);
        if (!first.has(id)) first.set(id, now - sent);
      });
    });
    const marks = writer.doc.getArray<number>('marks');
    const interval = 1000 / o.rate;
    const sendRange = async (from: number, to: number) => {
      const start = performance.now();
      for (let id = from; id < to; id++) {
        const due = start + (id - from) * interval;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        sendTimes[id] = performance.now();
        marks.push([id]);
      }
    };
    const allReceived = (n: number) => received.every((r) => r >= n);

    await sendRange(0, o.warmupUpdates);
    await waitFor(() => allReceived(o.warmupUpdates), 20_000, 'warm-up updates to arrive');
    await o.around?.before();
    const cpu0 = server.cpuSeconds();
    const t0 = performance.now();
    const total = o.warmupUpdates + o.measuredUpdates;
    await sendRange(o.warmupUpdates, total);
    try {
      await waitFor(() => allReceived(total), 15_000, 'measured updates to arrive');
    } catch {
      // Reported as `missing` below.
    }
    const cpuPct = ((server.cpuSeconds() - cpu0) / ((performance.now() - t0) / 1000)) * 100;
    await o.around?.after();
    const expected = o.measuredUpdates * receivers.length;
    return {
      clients: o.clients,
      receivers: receivers.length,
      measuredUpdates: o.measuredUpdates,
      samples: latencies.length,
      missing: expected - latencies.length,
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      firstP50Ms: round(percentile([...first.values()], 50)),
      meanMs: round(mean(latencies)),
      maxMs: round(max(latencies)),
      serverCpuPct: round(cpuPct, 1),
      closeCodes: clients.flatMap((c) => c.closeCodes),
    };
  } finally {
    destroyAll(clients);
  }
}

/**
 * A writer that speaks the protocol over a bare websocket: it sends updates from its own Y.Doc and
 * discards what the server relays, so ten writers do not make this process decode ten copies of
 * every update (which would make the load generator, not the server, the bottleneck).
 */
interface RawWriter {
  ws: WebSocket;
  array: Y.Array<number>;
}

async function openRawWriter(wsBase: string, room: BenchRoom): Promise<RawWriter> {
  const ws = new WebSocket(roomUrl(wsBase, room));
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }),
    10_000,
    'writer socket to open',
  );
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    ws.send(encoding.toUint8Array(encoder));
  });
  return { ws, array: doc.getArray<number>('marks') };
}

export interface ThroughputOptions {
  writers: number;
  /** Most updates of one writer sent but not yet seen by the observer. */
  window: number;
  /** Client-side pacing per writer: our server closes a connection above 1000 messages/s. */
  perWriterMaxRate: number;
  warmupMs: number;
  measureMs: number;
  /** Writer w's websocket base; default: the server's (the observer is always on the server's). */
  writerAt?: (w: number) => string;
}

export interface ThroughputResult {
  writers: number;
  /** Updates the observer received per second during the measured window (end to end). */
  updatesPerSecond: number;
  /** Highest rate the pacing allows (writers × perWriterMaxRate). */
  ceilingPerSecond: number;
  observedInWindow: number;
  /** Send → observer latency of the updates that arrived in the window. */
  latencyP50Ms: number;
  latencyP99Ms: number;
  serverCpuPct: number;
  benchCpuPct: number;
  closeCodes: number[];
}

const SEQ_FACTOR = 10_000_000;

/**
 * Sustained throughput on one document: `writers` bare-socket writers push as fast as the window
 * and pacing allow; one stock observer client counts what arrives. updates/s = updates the observer
 * received during `measureMs` (after `warmupMs`) ÷ seconds. Each update is one Y.Array insert; on
 * our server it is durably committed before it is relayed.
 */
export async function throughput(
  server: BenchServer,
  room: BenchRoom,
  o: ThroughputOptions,
): Promise<ThroughputResult> {
  const [observer] = await connectMany(server.wsBase, [room]);
  if (!observer) throw new Error('no observer');
  const writers: RawWriter[] = [];
  const closeCodes: number[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    for (let w = 0; w < o.writers; w++)
      writers.push(await openRawWriter(o.writerAt?.(w) ?? server.wsBase, room));
    for (const w of writers) w.ws.on('close', (code) => closeCodes.push(code));
    const sent = writers.map(() => 0);
    const seen = writers.map(() => 0);
    const tokens = writers.map(() => 0);
    const sendTimes = writers.map((): number[] => []);
    let lastRefill = performance.now();
    let observed = 0;
    let windowLatencies: number[] | null = null;

    const pump = (w: number) => {
      const writer = writers[w];
      if (stopped || !writer || writer.ws.readyState !== WebSocket.OPEN) return;
      while ((sent[w] ?? 0) - (seen[w] ?? 0) < o.window && (tokens[w] ?? 0) >= 1) {
        const seq = sent[w] ?? 0;
        tokens[w] = (tokens[w] ?? 0) - 1;
        sent[w] = seq + 1;
        (sendTimes[w] as number[])[seq] = performance.now();
        writer.array.push([w * SEQ_FACTOR + seq]);
      }
    };
    function pumpAll() {
      const now = performance.now();
      const add = ((now - lastRefill) / 1000) * o.perWriterMaxRate;
      lastRefill = now;
      for (let w = 0; w < writers.length; w++) {
        tokens[w] = Math.min(o.perWriterMaxRate / 20, (tokens[w] ?? 0) + add);
        pump(w);
      }
    }
    timer = setInterval(pumpAll, 5);
    onInsertedNumbers(observer.doc.getArray<number>('marks'), (value, now) => {
      const w = Math.floor(value / SEQ_FACTOR);
      const sentAt = sendTimes[w]?.[value % SEQ_FACTOR];
      seen[w] = (seen[w] ?? 0) + 1;
      observed++;
      if (windowLatencies && sentAt !== undefined) windowLatencies.push(now - sentAt);
      pump(w);
    });

    await sleep(o.warmupMs);
    const count0 = observed;
    const cpu0 = server.cpuSeconds();
    const bench0 = process.cpuUsage();
    windowLatencies = [];
    const t0 = performance.now();
    await sleep(o.measureMs);
    const seconds = (performance.now() - t0) / 1000;
    const inWindow = observed - count0;
    const latencies = windowLatencies;
    windowLatencies = null;
    const serverCpu = server.cpuSeconds() - cpu0;
    const benchCpu = process.cpuUsage(bench0);
    stopped = true;
    const totalSent = () => sent.reduce((a, b) => a + b, 0);
    await waitFor(() => observed >= totalSent(), 15_000, 'in-flight updates to arrive').catch(() => {});
    return {
      writers: o.writers,
      updatesPerSecond: round(inWindow / seconds, 1),
      ceilingPerSecond: o.writers * o.perWriterMaxRate,
      observedInWindow: inWindow,
      latencyP50Ms: round(percentile(latencies, 50)),
      latencyP99Ms: round(percentile(latencies, 99)),
      serverCpuPct: round((serverCpu / seconds) * 100, 1),
      benchCpuPct: round(((benchCpu.user + benchCpu.system) / 1e6 / seconds) * 100, 1),
      closeCodes: [...closeCodes, ...observer.closeCodes],
    };
  } finally {
    stopped = true;
    clearInterval(timer);
    for (const w of writers) w.ws.close();
    observer.destroy();
  }
}
