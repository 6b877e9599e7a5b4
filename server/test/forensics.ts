import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '../storage/sqlite/sqlite';

/**
 * What someone with a copy of the data folder can read: the database file and its write-ahead log
 * as raw bytes, and every row through a connection of their own. For tests that try to break the
 * secrecy of votes the way a database administrator could.
 */
export interface DatabaseCopy {
  main: Buffer;
  /** Empty when there is no `-wal` file. */
  wal: Buffer;
  /** The main file's pages and every WAL frame's page, as SQLite wrote them. */
  pages: Buffer[];
  rows: { table: string; values: unknown[] }[];
}

function pagesOf(main: Buffer, wal: Buffer): Buffer[] {
  const pages: Buffer[] = [];
  const raw = main.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  for (let at = 0; at + size <= main.length; at += size) pages.push(main.subarray(at, at + size));
  if (wal.length >= 32) {
    const walPage = wal.readUInt32BE(8);
    for (let at = 32; at + 24 + walPage <= wal.length; at += 24 + walPage)
      pages.push(wal.subarray(at + 24, at + 24 + walPage));
  }
  return pages;
}

/** Reads the file and its WAL until two readings agree: the server may be writing (unloading a room). */
function readFiles(file: string): { main: Buffer; wal: Buffer } {
  const read = () => ({
    main: fs.readFileSync(file),
    wal: fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
  });
  let last = read();
  for (;;) {
    const next = read();
    if (next.main.equals(last.main) && next.wal.equals(last.wal)) return next;
    last = next;
  }
}

/** Copies the database and its WAL (as a backup would) and reads everything in the copy. */
export function copyDatabase(dataDir: string): DatabaseCopy {
  const { main, wal } = readFiles(path.join(dataDir, SQLITE_FILE_NAME));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-forensics-'));
  try {
    fs.writeFileSync(path.join(dir, 'copy.sqlite'), main);
    if (wal.length > 0) fs.writeFileSync(path.join(dir, 'copy.sqlite-wal'), wal);
    const db = new Database(path.join(dir, 'copy.sqlite'));
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    const rows = tables.flatMap((table) => {
      const select = (sql: string) => db.prepare(sql).raw(true).all() as unknown[][];
      let all: unknown[][];
      try {
        all = select(`SELECT rowid, * FROM "${table}" ORDER BY rowid`);
      } catch {
        all = select(`SELECT * FROM "${table}"`); // WITHOUT ROWID
      }
      return all.map((values) => ({ table, values }));
    });
    db.close();
    return { main, wal, pages: pagesOf(main, wal), rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every way we can think of to turn a member id into something a ballot might be stored under: a
 * plain hash, and a keyed hash with every blob or text in the database as the key. Returns the digests
 * (raw and hex) that occur anywhere in the file bytes.
 */
export function hashesFound(copy: DatabaseCopy, voteId: string, memberIds: readonly string[]): string[] {
  const keys = new Map<string, Buffer>();
  for (const { values } of copy.rows)
    for (const v of values) {
      const key = Buffer.isBuffer(v) ? v : typeof v === 'string' ? Buffer.from(v) : null;
      if (key && key.length > 0 && key.length <= 4096) keys.set(key.toString('hex'), key);
    }
  // Every 8-byte window of the files, so that each guess is one lookup, not a scan.
  const windows = new Set<string>();
  for (const file of [copy.main, copy.wal])
    for (let i = 0; i + 8 <= file.length; i++) windows.add(file.toString('latin1', i, i + 8));
  const found: string[] = [];
  const look = (label: string, digest: Buffer) => {
    for (const bytes of [digest, Buffer.from(digest.toString('hex')), Buffer.from(digest.toString('base64'))])
      if (
        windows.has(bytes.toString('latin1', 0, 8)) &&
        (copy.main.includes(bytes) || copy.wal.includes(bytes))
      )
        found.push(label);
  };
  // And every 32 bytes anywhere in the files, in case a key survived outside any row.
  for (const file of [copy.main, copy.wal])
    for (let i = 0; i + 32 <= file.length; i++) {
      const key = file.subarray(i, i + 32);
      // A random key is neither text nor mostly zeros.
      if (key.every((b) => b >= 0x20 && b < 0x7f) || key.filter((b) => b === 0).length > 4) continue;
      keys.set(key.toString('hex'), key);
    }
  for (const id of memberIds) {
    for (const text of [id, `${voteId}${id}`, `${id}${voteId}`, `${voteId}:${id}`, `${id}:${voteId}`])
      look(`sha256(${text})`, createHash('sha256').update(text).digest());
    for (const key of keys.values()) {
      look(`hmac(${id})`, createHmac('sha256', key).update(id).digest());
      look(`hmac(${voteId}:${id})`, createHmac('sha256', key).update(`${voteId}:${id}`).digest());
    }
  }
  return found;
}
