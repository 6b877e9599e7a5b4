import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { connectSqlite } from './sqliteConnection';

/**
 * The document log's writer, in a worker thread (started by sqliteDocLog.ts): appends, compactions,
 * deletions and the health probe run here, on this thread's own connection, so the fsync of a
 * commit never stalls the server's event loop. Requests are handled one at a time, in the order
 * they were posted; each is one transaction, and the reply is sent only after it has committed.
 *
 * Requests come on `requests` and the thread waits for them in Atomics.wait on `doorbell` (the
 * poster adds one and notifies), not in its event loop: a futex wake-up and a synchronous
 * receiveMessageOnPort instead of libuv's async handle and the port's message event take about half
 * of the hop to this thread (measured ~0.07 against ~0.15 ms), and that hop is on every
 * update's way to the other clients ([SYNC1]). Replies go back through parentPort as before.
 */
export type DocLogOp =
  | { op: 'append'; docs: string[]; lengths: number[]; data: ArrayBuffer }
  | { op: 'compact'; doc: string; snapshot: ArrayBuffer; throughSeq: number }
  | { op: 'delete'; doc: string }
  | { op: 'probe' }
  | { op: 'close' };
export type DocLogRequest = { id: number } & DocLogOp;
export type DocLogReply =
  | { id: number; ok: true; seqs: number[] }
  | { id: number; ok: false; message: string; code: string | null };

export interface DocLogWorkerData {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
}

/** What the thread gets besides DocLogWorkerData: where requests come and how it learns of them. */
export interface DocLogChannel {
  requests: MessagePort;
  /** Int32Array over a SharedArrayBuffer: [0] counts requests posted. */
  doorbell: Int32Array;
}

/** The longest wait before looking again: lets a terminate() or process exit take effect. */
const WAIT_SLICE_MS = 1000;

function docLogWrites(file: string, synchronous: 'FULL' | 'NORMAL') {
  const db = connectSqlite(file, synchronous);
  const insertUpdate = db.prepare<[string, Buffer, number]>(
    'INSERT INTO doc_updates (doc, data, created_at) VALUES (?, ?, ?)',
  );
  const upsertSnapshot = db.prepare<[string, Buffer, number, number]>(
    `INSERT INTO doc_snapshots (doc, data, last_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(doc) DO UPDATE SET data = excluded.data, last_seq = excluded.last_seq,
       updated_at = excluded.updated_at
     WHERE excluded.last_seq >= doc_snapshots.last_seq`,
  );
  const deleteUpdatesThrough = db.prepare<[string, number]>(
    'DELETE FROM doc_updates WHERE doc = ? AND seq <= ?',
  );
  const deleteUpdates = db.prepare<[string]>('DELETE FROM doc_updates WHERE doc = ?');
  const deleteSnapshot = db.prepare<[string]>('DELETE FROM doc_snapshots WHERE doc = ?');
  const probe = db.prepare<[number]>(
    'INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at',
  );
  // IMMEDIATE: take the write lock first (waiting for the main connection's writes, busy_timeout).
  const append = db.transaction((docs: string[], lengths: number[], data: ArrayBuffer): number[] => {
    const now = Date.now();
    let offset = 0;
    return docs.map((doc, i) => {
      const length = lengths[i] ?? 0;
      const update = Buffer.from(data, offset, length);
      offset += length;
      return Number(insertUpdate.run(doc, update, now).lastInsertRowid);
    });
  }).immediate;
  const compact = db.transaction((doc: string, snapshot: ArrayBuffer, throughSeq: number) => {
    upsertSnapshot.run(doc, Buffer.from(snapshot), throughSeq, Date.now());
    deleteUpdatesThrough.run(doc, throughSeq);
  }).immediate;
  const remove = db.transaction((doc: string) => {
    deleteUpdates.run(doc);
    deleteSnapshot.run(doc);
  }).immediate;

  return (request: DocLogRequest): number[] => {
    switch (request.op) {
      case 'append':
        return append(request.docs, request.lengths, request.data);
      case 'compact':
        compact(request.doc, request.snapshot, request.throughSeq);
        return [];
      case 'delete':
        remove(request.doc);
        return [];
      case 'probe':
        probe.run(Date.now());
        return [];
      case 'close':
        db.close();
        return [];
    }
  };
}

function answer(handle: (r: DocLogRequest) => number[], request: DocLogRequest): DocLogReply {
  try {
    return { id: request.id, ok: true, seqs: handle(request) };
  } catch (e) {
    const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : null;
    return { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e), code };
  }
}

/** Handles requests until `close`; between them the thread sleeps on the doorbell. */
function serve(
  out: MessagePort,
  { requests, doorbell }: DocLogChannel,
  handle: (r: DocLogRequest) => number[],
) {
  for (;;) {
    // Read before draining: a request posted after this read rings past `rung`, so the wait returns at once.
    const rung = Atomics.load(doorbell, 0);
    for (let m = receiveMessageOnPort(requests); m; m = receiveMessageOnPort(requests)) {
      const request = m.message as DocLogRequest;
      out.postMessage(answer(handle, request));
      if (request.op === 'close') {
        requests.close();
        out.close();
        return;
      }
    }
    Atomics.wait(doorbell, 0, rung, WAIT_SLICE_MS);
  }
}

const port = parentPort;
if (port) {
  const { file, synchronous, requests, doorbell } = workerData as DocLogWorkerData & DocLogChannel;
  const handle = docLogWrites(file, synchronous);
  // After this module has finished loading (the loop never returns to the event loop until close).
  setImmediate(() => serve(port, { requests, doorbell }, handle));
}
