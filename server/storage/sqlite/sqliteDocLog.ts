import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { startTsxWorker } from '../../workers/tsxWorker';
import type { DocStorage, StoredDoc, UpdateRecord } from '../Storage';
import type {
  DocLogChannel,
  DocLogOp,
  DocLogReply,
  DocLogRequest,
  DocLogWorkerData,
} from './sqliteDocLogWorker';

/**
 * Documents' update logs and snapshots on SQLite. Every write to them (group commits, compactions,
 * deletions) and the health probe go to one worker thread with its own connection, so a slow fsync
 * stalls only that thread: the main thread keeps loading rooms, relaying and answering meanwhile
 * (WAL lets its connection read while the worker writes). Only the worker writes the document
 * tables: a compaction never waits for the lock on the main thread, and it takes its turn after the
 * appends posted before it. Loads stay on the main connection; they see every committed append.
 *
 * A request resolves after the worker's transaction has committed (synchronous=FULL: on disk) and
 * rejects when it failed (rolled back: nothing stored). When the worker stops, the requests it still
 * held reject and the next request starts a fresh worker; the health probe goes the same way, so a
 * worker that cannot start shows as failing writes.
 */
type Waiter = { resolve: (seqs: number[]) => void; reject: (e: Error) => void };

export class DocLogWriter {
  private worker: Worker | null = null;
  /** Where requests go, and the doorbell the worker sleeps on (see sqliteDocLogWorker.ts). */
  private requests: MessagePort | null = null;
  private doorbell = new Int32Array(new SharedArrayBuffer(4));
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 1;
  private readonly entry = new URL('./sqliteDocLogWorker.ts', import.meta.url).href;

  constructor(private readonly data: DocLogWorkerData) {}

  /** Posts one request (transferring `transfer`); resolves with the sequence numbers it stored. */
  request(message: DocLogOp, transfer: ArrayBuffer[] = []): Promise<number[]> {
    const worker = this.worker ?? this.start();
    const requests = this.requests;
    const id = this.nextId++;
    return new Promise<number[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // Keeps the process alive only while a request is out (an idle writer must not hold it open).
      worker.ref();
      const request: DocLogRequest = { ...message, id };
      requests?.postMessage(request, transfer);
      Atomics.add(this.doorbell, 0, 1);
      Atomics.notify(this.doorbell, 0);
    });
  }

  /** Lets the worker finish what was posted, closes its connection and stops it. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.request({ op: 'close' }).catch(() => undefined);
    await worker.terminate();
  }

  private start(): Worker {
    const { port1, port2 } = new MessageChannel();
    // A fresh doorbell per worker: a stopped one's count means nothing to the next.
    this.doorbell = new Int32Array(new SharedArrayBuffer(4));
    const channel: DocLogChannel = { requests: port2, doorbell: this.doorbell };
    const worker = startTsxWorker(this.entry, {
      workerData: { ...this.data, ...channel },
      transferList: [port2],
    });
    worker.unref();
    let crash: unknown = null;
    worker.on('message', (reply: DocLogReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.seqs);
      else waiter.reject(Object.assign(new Error(reply.message), { code: reply.code ?? undefined }));
    });
    worker.on('error', (e) => {
      crash = e;
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = null;
        this.requests?.close();
        this.requests = null;
      }
      const reason = crash instanceof Error ? `: ${crash.message}` : '';
      const error = new Error(`document log writer stopped (${code})${reason}`);
      // A request without a reply was rolled back with the worker's connection, or never began.
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    });
    this.worker = worker;
    this.requests = port1;
    return worker;
  }
}

/** `records` as one buffer (handed to the worker without a copy) plus each record's document and length. */
function packRecords(records: readonly UpdateRecord[]) {
  let total = 0;
  for (const r of records) total += r.update.byteLength;
  const data = new Uint8Array(total);
  let offset = 0;
  for (const r of records) {
    data.set(r.update, offset);
    offset += r.update.byteLength;
  }
  return {
    docs: records.map((r) => r.doc),
    lengths: records.map((r) => r.update.byteLength),
    data: data.buffer,
  };
}

type DocRow = { data: Buffer; last_seq: number };
type UpdateRow = { seq: number; data: Buffer };

/** The document log: loads read `db` (the main connection), writes go through `writer`. */
export function sqliteDocs(db: Database, writer: DocLogWriter): DocStorage {
  const selectSnapshot = db.prepare<[string], DocRow>(
    'SELECT data, last_seq FROM doc_snapshots WHERE doc = ?',
  );
  const selectUpdates = db.prepare<[string, number], UpdateRow>(
    'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
  );
  // One read transaction: the snapshot and the tail come from the same committed state.
  const load = db.transaction((doc: string): StoredDoc => {
    const snap = selectSnapshot.get(doc);
    const rows = selectUpdates.all(doc, snap?.last_seq ?? 0);
    let logBytes = 0;
    for (const row of rows) logBytes += row.data.byteLength;
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
      lastSeq: rows.at(-1)?.seq ?? snap?.last_seq ?? 0,
      logBytes,
    };
  }).deferred;
  return {
    async loadDoc(doc) {
      return load(doc);
    },
    async appendUpdates(records) {
      if (records.length === 0) return [];
      const packed = packRecords(records);
      return writer.request({ op: 'append', ...packed }, [packed.data]);
    },
    async compactDoc(doc, snapshot, throughSeq) {
      const copy = snapshot.slice().buffer;
      await writer.request({ op: 'compact', doc, snapshot: copy, throughSeq }, [copy]);
    },
    async deleteDoc(doc) {
      await writer.request({ op: 'delete', doc });
    },
  };
}
