/**
 * `node --import tsx bench/commitHops.ts [count]`: where a durable commit's time goes when it is made on
 * the document-log worker ([SQLITE5]) rather than on the calling thread. One-record appends every 20 ms
 * (the fan-out writer's pace), through `openSqliteStorage` (the worker) and as the same transaction on
 * this thread; then a bare message to a worker thread and back, once through the worker's event loop
 * (`postMessage`) and once through a shared-memory doorbell (`Atomics.wait` + `receiveMessageOnPort`).
 * Prints p50/p90/p99 in ms. Quoted in the README's benchmark section.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { openSqliteStorage, SQLITE_FILE_NAME } from '../server/storage/sqlite/sqlite';
import { connectSqlite } from '../server/storage/sqlite/sqliteConnection';
import { percentile } from './stats';

const count = Number(process.argv[2] ?? 200);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();
const show = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(34)} p50 ${percentile(xs, 50).toFixed(3)}  p90 ${percentile(xs, 90).toFixed(3)}  p99 ${percentile(xs, 99).toFixed(3)}`,
  );

/** `commit` every 20 ms, each after a setImmediate as UpdateWriter does; its durations. */
async function paced(commit: () => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    await sleep(20);
    const t = performance.now();
    await new Promise<void>((r) => setImmediate(r));
    await commit();
    out.push(performance.now() - t);
  }
  return out;
}

async function commits(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-hops-'));
  const update = new Uint8Array(40).fill(7);
  const storage = openSqliteStorage({ dataDir: dir });
  await storage.appendUpdates([{ doc: 'x', update }]);
  show('append through the worker', await paced(() => storage.appendUpdates([{ doc: 'x', update }])));
  await storage.close();
  const db = connectSqlite(path.join(dir, SQLITE_FILE_NAME), 'FULL');
  const insert = db.prepare('INSERT INTO doc_updates (doc, data, created_at) VALUES (?, ?, ?)');
  const append = db.transaction(() => insert.run('x', Buffer.from(update), Date.now())).immediate;
  show('same transaction on this thread', await paced(append));
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const ECHO = `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
if (workerData.doorbell === null) parentPort.on('message', () => parentPort.postMessage(now()));
else {
  const bell = workerData.doorbell;
  for (;;) {
    const rung = Atomics.load(bell, 0);
    while (receiveMessageOnPort(workerData.port)) parentPort.postMessage(now());
    Atomics.wait(bell, 0, rung, 1000);
  }
}`;

async function hops(doorbell: boolean): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  const bell = doorbell ? new Int32Array(new SharedArrayBuffer(4)) : null;
  const worker = new Worker(ECHO, {
    eval: true,
    workerData: { doorbell: bell, port: port2 },
    transferList: [port2],
  });
  await sleep(200);
  const there: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < count; i++) {
    await sleep(20);
    const reply = new Promise<number>((r) => worker.once('message', r));
    const t0 = now();
    if (bell) {
      port1.postMessage(i);
      Atomics.add(bell, 0, 1);
      Atomics.notify(bell, 0);
    } else worker.postMessage(i);
    const t1 = await reply;
    there.push(t1 - t0);
    back.push(now() - t1);
  }
  show(`to the worker, ${doorbell ? 'doorbell' : 'postMessage'}`, there);
  show('back to this thread, postMessage', back);
  await worker.terminate();
  port1.close();
}

await commits();
await hops(false);
await hops(true);
