import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runStorageContract, type StorageFactory } from '../contract';
import { openStorage } from '../openStorage';
import { openSqliteStorage, SQLITE_FILE_NAME } from './sqlite';

const sqliteFactory: StorageFactory = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-storage-'));
  return {
    open: () => openStorage({ storage: 'sqlite', dataDir: dir, sqliteSynchronous: 'FULL' }),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
};
runStorageContract('sqlite', sqliteFactory);

describe('sqlite storage', () => {
  it('[SQLITE1] uses WAL with full fsync and creates the data folder', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-storage-')), 'nested', 'data');
    const storage = openSqliteStorage({ dataDir: dir });
    await storage.appendUpdates([{ doc: 'doc:a', update: new Uint8Array([1]) }]);
    await storage.close();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('[SQLITE1] refuses a database written by a newer server', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-storage-'));
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStorage({ dataDir: dir })).toThrow(/newer than this server/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
