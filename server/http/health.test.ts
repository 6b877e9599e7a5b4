import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Health, healthSchema } from '../../shared/api/errors';
import { SQLITE_FILE_NAME } from '../storage/sqlite/sqlite';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, flushed, type TestClient } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { makeTempDir } from '../test/startTestServer';

/**
 * GET /healthz under real storage failures, on a server in its own process with a real SQLite file:
 * every write failing (a file size limit of one byte on the process), a full disk (a tiny tmpfs, when
 * the tests run as root) and corrupt pages (bytes overwritten while the server was stopped).
 */
const ADMIN = 'health-test-admin-token-0123456789abcdef';
const children: ChildServer[] = [];
const clients: TestClient[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0)) {
    child.child.kill('SIGKILL');
    await child.exited;
  }
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function child(dataDir: string) {
  const c = await startChildServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
  children.push(c);
  return c;
}
async function health(server: ChildServer): Promise<{ status: number; body: Health }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  return { status: res.status, body: healthSchema.parse(await res.json()) };
}
/** A member editing a section: the edits are what the server must store. */
async function editor(server: ChildServer) {
  const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN);
  const c = connectClient(server.wsUrl, w.documentRoom, undefined, w.facilitator.token);
  clients.push(c);
  await c.synced;
  return c;
}
const type = (c: TestClient, text: string) => c.doc.getText('t').insert(c.doc.getText('t').length, text);
const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
};

describe('GET /healthz reports storage that cannot write or is corrupt', () => {
  it.skipIf(!has('prlimit'))('503 while every write fails, 200 again once writes succeed', async () => {
    const dataDir = await makeTempDir();
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const server = await child(dataDir);
    const c = await editor(server);
    expect(await health(server)).toMatchObject({ status: 200, body: { status: 'ok' } });

    // No file of the process may grow past one byte: every SQLite write fails (EFBIG), reads still work.
    const pid = String(server.child.pid);
    execFileSync('prlimit', ['--pid', pid, '--fsize=1:']);
    type(c, 'dit kan niet worden opgeslagen');
    await expect.poll(async () => (await health(server)).status, { timeout: 20_000 }).toBe(503);
    const down = await health(server);
    expect(down.body).toEqual({
      status: 'unavailable',
      checks: { storage: expect.objectContaining({ status: 'unavailable', write: 'failing' }) },
    });

    execFileSync('prlimit', ['--pid', pid, '--fsize=unlimited:']);
    await expect.poll(async () => (await health(server)).status, { timeout: 20_000 }).toBe(200);
  });

  it.skipIf(process.getuid?.() !== 0)('503 when the disk is full (a 4 MB tmpfs, filled up)', async () => {
    const mount = await makeTempDir('wijkatelier-tmpfs-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mount]);
    } catch {
      await fs.rm(mount, { recursive: true, force: true });
      return; // no permission to mount here: the prlimit case above covers failing writes
    }
    cleanups.push(async () => {
      execFileSync('umount', ['-l', mount]);
      await fs.rm(mount, { recursive: true, force: true });
    });
    const dataDir = path.join(mount, 'data');
    const server = await child(dataDir);
    const c = await editor(server);
    expect((await health(server)).status).toBe(200);

    // Fold the WAL into the database and empty it, so the next commit has to grow a file; then fill the disk.
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const filler = await fs.open(path.join(mount, 'filler'), 'w');
    for (const size of [1 << 20, 1 << 12, 1]) {
      try {
        for (;;) await filler.write(Buffer.alloc(size));
      } catch {
        // ENOSPC: try smaller pieces, down to the last byte
      }
    }
    await filler.close();

    type(c, 'de schijf is vol');
    await expect.poll(async () => (await health(server)).status, { timeout: 20_000 }).toBe(503);
    expect((await health(server)).body.checks.storage.write).toBe('failing');
  });

  it('503 when stored pages are corrupt (found by the integrity check at start)', async () => {
    const dataDir = await makeTempDir();
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
    const first = await child(dataDir);
    const c = await editor(first);
    type(c, 'Onze wijk. '.repeat(2000));
    await flushed(c);
    // A clean stop folds every document into doc_snapshots and checkpoints the WAL into the file.
    c.destroy();
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const file = path.join(dataDir, SQLITE_FILE_NAME);
    const db = new Database(file, { readonly: true });
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db
      .prepare<[], { pageno: number }>("SELECT pageno FROM dbstat WHERE name = 'doc_snapshots'")
      .all()
      .map((r) => r.pageno);
    db.close();
    expect(pages.length).toBeGreaterThan(1);
    const handle = await fs.open(file, 'r+');
    for (const page of pages)
      await handle.write(Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
    await handle.close();

    const second = await child(dataDir);
    await expect
      .poll(async () => (await health(second)).body.checks.storage.integrity, { timeout: 20_000 })
      .not.toBe('pending');
    const report = await health(second);
    expect(report.body).toEqual({
      status: 'unavailable',
      checks: {
        storage: expect.objectContaining({ status: 'unavailable', write: 'ok', integrity: 'corrupt' }),
      },
    });
    expect(report.status).toBe(503);
    expect(second.logs.some((l) => l.msg === 'health: stored data is corrupt')).toBe(true);
  });
});
