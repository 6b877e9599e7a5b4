import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocStorage, Storage, StoredDoc, UpdateRecord } from '../Storage';
import { sqliteBoards } from './sqliteBoards';
import { sqliteComments } from './sqliteComments';
import { sqliteDocuments } from './sqliteDocuments';
import { checkSqliteIntegrity } from './sqliteIntegrity';
import { sqliteMeetings } from './sqliteMeetings';
import { migrate } from './sqliteMigrations';
import { sqliteVersions } from './sqliteVersions';
import { sqliteVotes } from './sqliteVotes';
import { sqliteWorkspace } from './sqliteWorkspace';

export const SQLITE_FILE_NAME = 'wijkatelier.sqlite';

export interface SqliteOptions {
  /** Folder for the database file; created when missing. */
  dataDir: string;
  /**
   * FULL fsyncs the WAL on every commit, so a committed update survives a power cut, not only a
   * process crash. Group commit keeps the cost to one fsync per event-loop tick.
   */
  synchronous?: 'FULL' | 'NORMAL';
}

type DocRow = { data: Buffer; last_seq: number };
type UpdateRow = { seq: number; data: Buffer };

/** Opens (creating when missing) and upgrades the database file, with the settings every connection needs. */
function openDatabase(options: SqliteOptions): Database.Database {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(path.join(options.dataDir, SQLITE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Deleted rows and freed pages are overwritten with zeros, so a replaced or closed secret ballot
  // does not linger in the file (see sqliteSecretBallots.ts); the WAL is emptied after such a change.
  db.pragma('secure_delete = ON');
  const { from, to } = migrate(db);
  // After an upgrade, rebuild the file: what was deleted before secure_delete was on leaves free pages.
  if (from > 0 && to > from) db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

/** Documents' update logs and snapshots. */
function sqliteDocs(db: Database.Database): DocStorage {
  const selectSnapshot = db.prepare<[string], DocRow>(
    'SELECT data, last_seq FROM doc_snapshots WHERE doc = ?',
  );
  const selectUpdates = db.prepare<[string, number], UpdateRow>(
    'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
  );
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
  const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

  const append = db.transaction((records: readonly UpdateRecord[]) => {
    const now = Date.now();
    return records.map((r) => Number(insertUpdate.run(r.doc, toBuffer(r.update), now).lastInsertRowid));
  });
  const compact = db.transaction((doc: string, snapshot: Uint8Array, throughSeq: number) => {
    upsertSnapshot.run(doc, toBuffer(snapshot), throughSeq, Date.now());
    deleteUpdatesThrough.run(doc, throughSeq);
  });
  const remove = db.transaction((doc: string) => {
    deleteUpdates.run(doc);
    deleteSnapshot.run(doc);
  });
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
  });
  return {
    async loadDoc(doc) {
      return load(doc);
    },
    async appendUpdates(records) {
      if (records.length === 0) return [];
      return append(records);
    },
    async compactDoc(doc, snapshot, throughSeq) {
      compact(doc, snapshot, throughSeq);
    },
    async deleteDoc(doc) {
      remove(doc);
    },
  };
}

/** Every method of `methods`, refusing once `isOpen` says the database is closed. */
function guarded<T extends object>(methods: T, isOpen: () => boolean): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        if (!isOpen()) throw new Error('storage is closed');
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as T;
}

export function openSqliteStorage(options: SqliteOptions): Storage {
  const db = openDatabase(options);
  const ping = db.prepare('SELECT 1');
  const probe = db.prepare<[number]>(
    'INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at',
  );
  const file = path.join(options.dataDir, SQLITE_FILE_NAME);
  let open = true;
  // better-sqlite3 is synchronous; the interface is async so that network backends fit it.
  const stores = guarded(
    {
      ...sqliteDocs(db),
      ...sqliteWorkspace(db),
      ...sqliteDocuments(db),
      ...sqliteComments(db),
      ...sqliteVersions(db),
      ...sqliteVotes(db),
      ...sqliteBoards(db),
      ...sqliteMeetings(db),
      async ping() {
        ping.get();
      },
      async probeWrite() {
        probe.run(Date.now());
      },
      async checkIntegrity() {
        return checkSqliteIntegrity(file);
      },
    },
    () => open,
  );
  return {
    ...stores,
    kind: 'sqlite',
    async close() {
      if (!open) return;
      open = false;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
