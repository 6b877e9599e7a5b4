import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { holdLockInChild } from '../../test/lockHolderProcess';
import { openSqliteStorage, SQLITE_FILE_NAME } from './sqlite';

it('[SQLITE6] a lock holder killed with kill -9 frees the room when its lease runs out', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wijkatelier-locks-'));
  // The file exists (and is migrated) before the holder opens it.
  const storage = openSqliteStorage({ dataDir: dir });
  try {
    const holder = await holdLockInChild(['sqlite', dir, 'board:b1', '1000']);
    expect(await storage.tryLockRoom('board:b1')).toBeNull();
    await holder.kill();
    // Its lease is still there: nothing cleaned up after the killed process.
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM room_leases').get()).toEqual({ n: 1 });
    db.close();
    const lock = await storage.lockRoom('board:b1');
    expect(await storage.tryLockRoom('board:b1')).toBeNull();
    await lock.release();
  } finally {
    await storage.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
