import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Storage } from '../Storage';
import { sqliteAkkoord } from './sqliteAkkoord';
import { sqliteBoards } from './sqliteBoards';
import { sqliteComments } from './sqliteComments';
import { connectSqlite } from './sqliteConnection';
import { DocLogWriter, sqliteDocs } from './sqliteDocLog';
import { sqliteDocuments } from './sqliteDocuments';
import { checkSqliteIntegrity } from './sqliteIntegrity';
import { sqliteMeetings } from './sqliteMeetings';
import { migrate } from './sqliteMigrations';
import { sqliteMonitoring } from './sqliteMonitoring';
import { sqliteNetwork } from './sqliteNetwork';
import { sqliteRoomLocks } from './sqliteRoomLocks';
import { sqliteUitvoering } from './sqliteUitvoering';
import { sqliteVersions } from './sqliteVersions';
import { sqliteVotes } from './sqliteVotes';
import { sqliteWijkpagina } from './sqliteWijkpagina';
import { sqliteWorkspace } from './sqliteWorkspace';

export const SQLITE_FILE_NAME = 'wijkatelier.sqlite';

export interface SqliteOptions {
  /** Folder for the database file; created when missing. */
  dataDir: string;
  /**
   * FULL fsyncs the WAL on every commit, so a committed update survives a power cut, not only a
   * process crash. Group commit keeps the cost to one fsync per event-loop tick, and that fsync
   * happens on the document-log worker's thread (sqliteDocLog.ts), not on the event loop.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** How long a room lock's lease lasts unless renewed ([SQLITE6]; shorter only in tests). */
  roomLeaseMs?: number;
}

/** Opens (creating when missing) and upgrades the database file. */
function openDatabase(file: string, options: SqliteOptions): Database.Database {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = connectSqlite(file, options.synchronous ?? 'FULL');
  const { from, to } = migrate(db);
  // After an upgrade, rebuild the file: what was deleted before secure_delete was on leaves free pages.
  if (from > 0 && to > from) db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

/**
 * `db` whose transactions begin IMMEDIATE. The document-log worker writes the same file: a
 * transaction that read first and then wrote would fail (SQLITE_BUSY, no retry) when the worker
 * committed in between; taking the write lock at BEGIN makes it wait (busy_timeout) instead.
 */
function immediateTransactions(db: Database.Database): Database.Database {
  // The stores call what `transaction` returns; its IMMEDIATE variant has the same signature.
  const immediate = (fn: (...args: never[]) => unknown) => db.transaction(fn).immediate;
  return Object.create(db, { transaction: { value: immediate } });
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
  const file = path.join(options.dataDir, SQLITE_FILE_NAME);
  const db = openDatabase(file, options);
  const rows = immediateTransactions(db);
  const ping = db.prepare('SELECT 1');
  // Its thread starts at the first document write: a store opened only to read costs no thread.
  const writer = new DocLogWriter({ file, synchronous: options.synchronous ?? 'FULL' });
  const { closeLocks, ...roomLocks } = sqliteRoomLocks(db, options.roomLeaseMs);
  let open = true;
  // better-sqlite3 is synchronous; the interface is async so that network backends fit it.
  const stores = guarded(
    {
      ...sqliteDocs(db, writer),
      ...sqliteWorkspace(rows),
      ...sqliteDocuments(rows),
      ...sqliteComments(rows),
      ...sqliteVersions(rows),
      ...sqliteVotes(rows),
      ...sqliteBoards(rows),
      ...sqliteMeetings(rows),
      ...sqliteNetwork(rows),
      ...sqliteAkkoord(rows),
      ...sqliteMonitoring(rows),
      ...sqliteUitvoering(rows),
      ...sqliteWijkpagina(rows),
      ...roomLocks,
      async ping() {
        ping.get();
      },
      // Through the document-log worker: its commits are what the probe has to vouch for.
      async probeWrite() {
        await writer.request({ op: 'probe' });
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
      closeLocks();
      // [SYNC9]: the worker commits what it was given and closes its connection, then the WAL is
      // folded into the file by the last connection.
      await writer.close();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
