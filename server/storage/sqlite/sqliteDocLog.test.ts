import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { now, seedWerkgroep } from '../contract/fixtures';
import { openSqliteStorage, SQLITE_FILE_NAME } from './sqlite';
import { DocLogWriter } from './sqliteDocLog';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-doclog-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

describe('the document log writer (a worker thread)', () => {
  it('[SQLITE5] keeps the event loop free while a commit waits for the disk', async () => {
    const dir = await tempDir();
    const storage = openSqliteStorage({ dataDir: dir });
    await storage.appendUpdates([{ doc: 'doc:a', update: new Uint8Array([1]) }]);
    // Another connection holds the write lock, as a slow fsync would: the worker's commit waits.
    const other = new Database(path.join(dir, SQLITE_FILE_NAME));
    other.exec('BEGIN IMMEDIATE');
    let stored = false;
    const append = storage.appendUpdates([{ doc: 'doc:a', update: new Uint8Array([2]) }]).then((seqs) => {
      stored = true;
      return seqs;
    });
    // Meanwhile this thread runs timers and reads; the waiting update is not visible yet.
    await new Promise((r) => setTimeout(r, 100));
    expect(stored).toBe(false);
    expect((await storage.loadDoc('doc:a')).updates).toHaveLength(1);
    other.exec('COMMIT');
    other.close();
    const [seq] = await append;
    expect((await storage.loadDoc('doc:a')).lastSeq).toBe(seq);
    await storage.close();
  });

  it('[SQLITE5] returns sequence numbers in posting order and stores all it was given before closing ([SYNC9])', async () => {
    const dir = await tempDir();
    const storage = openSqliteStorage({ dataDir: dir });
    const batches = Array.from({ length: 20 }, (_, i) =>
      storage.appendUpdates([
        { doc: 'doc:a', update: new Uint8Array([i]) },
        { doc: 'doc:b', update: new Uint8Array([i, i]) },
      ]),
    );
    const compaction = batches[9]?.then(([s]) => storage.compactDoc('doc:a', new Uint8Array([99]), s ?? 0));
    const closing = (async () => {
      await compaction;
      await storage.close();
    })();
    const seqs = (await Promise.all(batches)).flat();
    await closing;
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(40);

    const reopened = openSqliteStorage({ dataDir: dir });
    const a = await reopened.loadDoc('doc:a');
    expect(Array.from(a.snapshot ?? [])).toEqual([99]);
    expect(a.updates.map((u) => Array.from(u))).toEqual(Array.from({ length: 10 }, (_, i) => [i + 10]));
    expect((await reopened.loadDoc('doc:b')).updates).toHaveLength(20);
    await reopened.close();
  });

  it('[SQLITE5] rejects what a stopped worker held, and starts a fresh one for the next request', async () => {
    const dir = await tempDir();
    const dataDir = path.join(dir, 'later');
    // The folder is missing: the worker cannot open the file and stops.
    const writer = new DocLogWriter({ file: path.join(dataDir, SQLITE_FILE_NAME), synchronous: 'FULL' });
    await expect(writer.request({ op: 'probe' })).rejects.toThrow(/document log writer stopped/);

    const storage = openSqliteStorage({ dataDir });
    await expect(writer.request({ op: 'probe' })).resolves.toEqual([]);
    await writer.close();
    await storage.close();
  });
  it('[SQLITE5] main-thread transactions that read before they write wait for the worker instead of failing', async () => {
    const storage = openSqliteStorage({ dataDir: await tempDir() });
    await seedWerkgroep(storage);
    const section = (id: string, position: number) => ({
      id,
      documentId: 'd1',
      title: id,
      prompt: '',
      status: 'concept' as const,
      position,
      createdAt: now,
    });
    await storage.createDocument(
      { id: 'd1', werkgroepId: 'w1', title: 'Doc', kind: 'blank', createdAt: now },
      [section('s0', 0)],
    );
    // The worker commits all the time (four appends in flight) while this thread runs transactions
    // that read s0, then shift and insert: a commit lands between a read and a write now and then.
    let appended = 0;
    let stop = false;
    const streams = [0, 1, 2, 3].map(async () => {
      while (!stop) {
        await storage.appendUpdates([{ doc: 'doc:a', update: new Uint8Array([1]) }]);
        appended++;
      }
    });
    for (let i = 0; i < 400; i++) {
      // A timer, not right after a reply of the worker (when it is idle): as a request would come in.
      await new Promise((r) => setTimeout(r, 0));
      const { position: _p, ...row } = section(`n${i}`, 0);
      await storage.insertSection(row, 's0');
    }
    stop = true;
    await Promise.all(streams);
    expect((await storage.listSections('d1')).map((s) => s.position)).toEqual([...Array(401).keys()]);
    expect((await storage.loadDoc('doc:a')).updates).toHaveLength(appended);
    await storage.close();
  });
});
