import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getLevelUpdates, LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { openSqliteStorage, SQLITE_FILE_NAME } from '../server/storage/sqlite/sqlite';
import { type BenchRoom, prepareRooms } from './rooms';
import { median, percentile, round } from './stats';

/** A text document built from many tiny updates, and the same state as one update. */
export interface Fixture {
  /** The reference's room name (ours stores the fixture under a real document: FixtureDirs.oursRoom). */
  room: string;
  updates: Uint8Array[];
  updateBytes: number;
  snapshot: Uint8Array;
  textLength: number;
}

const SAMPLE = 'Buurtbewoners denken mee over het plein aan de Wijkstraat. ';

/** `count` updates, each one transaction appending one character to Y.Text `content`. */
export function makeFixture(room: string, count: number): Fixture {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('content');
  for (let i = 0; i < count; i++) text.insert(i, SAMPLE[i % SAMPLE.length] ?? '.');
  const snapshot = Y.encodeStateAsUpdate(doc);
  let updateBytes = 0;
  for (const u of updates) updateBytes += u.byteLength;
  const textLength = text.length;
  doc.destroy();
  return { room, updates, updateBytes, snapshot, textLength };
}

export interface FixtureDirs {
  /** Our SQLite storage holding the fixture as `updates.length` log rows (no snapshot). */
  oursLog: string;
  /** Our SQLite storage holding the fixture as one update (Y.encodeStateAsUpdate). */
  oursSnapshot: string;
  /** y-leveldb holding the fixture as `updates.length` stored updates (storeUpdate, as at runtime). */
  refLog: string;
  /** y-leveldb holding the fixture as one stored update. */
  refSnapshot: string;
  /**
   * Our room of the fixture, the same in both of our directories: a document of a werkgroep made
   * through the API, and the session token of its facilitator (sessions are stored with the data).
   */
  oursRoom: BenchRoom;
  /** Starting our server once to create the werkgroep and document (not part of writeMs). */
  oursSetupMs: number;
  writeMs: Record<'oursLog' | 'oursSnapshot' | 'refLog' | 'refSnapshot', number>;
}

async function writeOurs(dir: string, room: string, updates: readonly Uint8Array[]): Promise<void> {
  const storage = openSqliteStorage({ dataDir: dir });
  try {
    const chunk = 10_000;
    for (let i = 0; i < updates.length; i += chunk) {
      await storage.appendUpdates(updates.slice(i, i + chunk).map((update) => ({ doc: room, update })));
    }
  } finally {
    await storage.close();
  }
}

async function writeRef(dir: string, room: string, updates: readonly Uint8Array[]): Promise<void> {
  const ldb = new LeveldbPersistence(dir);
  try {
    // storeUpdate queues on y-leveldb's own transaction chain; awaiting the last awaits them all.
    let last: Promise<number> = Promise.resolve(0);
    for (const update of updates) last = ldb.storeUpdate(room, update);
    await last;
  } finally {
    await ldb.destroy();
  }
}

/** Writes the four stored forms once; every round copies them (loading changes the stored form). */
export async function writeFixtures(root: string, f: Fixture): Promise<FixtureDirs> {
  const dirs = {
    oursLog: path.join(root, 'ours-log'),
    oursSnapshot: path.join(root, 'ours-snapshot'),
    refLog: path.join(root, 'ref-log'),
    refSnapshot: path.join(root, 'ref-snapshot'),
  };
  const timed = async (write: () => Promise<void>) => {
    const t0 = performance.now();
    await write();
    return round(performance.now() - t0, 1);
  };
  let oursRoom: BenchRoom | undefined;
  const oursSetupMs = await timed(async () => {
    // Our server only opens existing documents, for members: one is made through the API first.
    [oursRoom] = await prepareRooms('ours', dirs.oursLog, [f.room]);
    // The same werkgroep, document and session, still without content.
    copyDir(dirs.oursLog, dirs.oursSnapshot);
  });
  if (!oursRoom) throw new Error('no room for the fixture');
  const oursName = oursRoom.name;
  const writeMs = {
    oursLog: await timed(() => writeOurs(dirs.oursLog, oursName, f.updates)),
    oursSnapshot: await timed(() => writeOurs(dirs.oursSnapshot, oursName, [f.snapshot])),
    refLog: await timed(() => writeRef(dirs.refLog, f.room, f.updates)),
    refSnapshot: await timed(() => writeRef(dirs.refSnapshot, f.room, [f.snapshot])),
  };
  return { ...dirs, oursRoom, oursSetupMs, writeMs };
}

export function copyDir(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** What a document looks like in our storage: snapshot size and the log after it. */
export interface StoredForm {
  snapshotBytes: number;
  logUpdates: number;
  logBytes: number;
}

/** Reads our SQLite file read-only, so it also works while the server runs (WAL allows readers). */
export function describeOurs(dataDir: string, room: string): StoredForm {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const log = db
      .prepare<[string], { n: number; bytes: number }>(
        'SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS bytes FROM doc_updates WHERE doc = ?',
      )
      .get(room);
    const snap = db
      .prepare<[string], { bytes: number }>('SELECT length(data) AS bytes FROM doc_snapshots WHERE doc = ?')
      .get(room);
    return { snapshotBytes: snap?.bytes ?? 0, logUpdates: log?.n ?? 0, logBytes: log?.bytes ?? 0 };
  } finally {
    db.close();
  }
}

/**
 * Where our first load of the log spends its time, measured in this process with the server's own
 * storage and the same replay as DocRoom.load (one transaction).
 */
export async function profileOursLoad(
  dataDir: string,
  room: string,
): Promise<{ readMs: number; replayMs: number; rows: number }> {
  const storage = openSqliteStorage({ dataDir });
  try {
    const t0 = performance.now();
    const stored = await storage.loadDoc(room);
    const t1 = performance.now();
    const doc = new Y.Doc({ gc: !room.startsWith('doc:') && !room.startsWith('section:') });
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    const t2 = performance.now();
    doc.destroy();
    return { readMs: round(t1 - t0, 1), replayMs: round(t2 - t1, 1), rows: stored.updates.length };
  } finally {
    await storage.close();
  }
}

/** y-leveldb keeps no separate snapshot: a flush stores the merged state as one more update. */
export async function describeRef(dataDir: string, room: string): Promise<StoredForm> {
  const ldb = new LeveldbPersistence(dataDir);
  try {
    const updates = await ldb._transact((db) => getLevelUpdates(db, room));
    let bytes = 0;
    for (const u of updates) bytes += u.byteLength;
    return { snapshotBytes: 0, logUpdates: updates.length, logBytes: bytes };
  } finally {
    await ldb.destroy();
  }
}

/**
 * The cost of one durable commit of our storage on this disk (WAL, synchronous=FULL): each of
 * `count` single-update appends is its own transaction with its own fsync. This is the floor our
 * server adds before relaying (group commit shares one such commit per event-loop tick).
 */
export async function measureCommitLatency(
  dir: string,
  count = 60,
): Promise<{ p50Ms: number; p99Ms: number }> {
  const storage = openSqliteStorage({ dataDir: dir });
  const times: number[] = [];
  try {
    const update = new Uint8Array(24).fill(7);
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await storage.appendUpdates([{ doc: 'board:commitprobe', update }]);
      times.push(performance.now() - t0);
    }
  } finally {
    await storage.close();
  }
  return { p50Ms: round(median(times)), p99Ms: round(percentile(times, 99)) };
}
