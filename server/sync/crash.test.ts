import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, startChildServer } from '../test/childServer';
import { connectClient, type TestClient, waitFor } from '../test/clients';
import { setupWerkgroep } from '../test/fixtures';
import { makeTempDir } from '../test/startTestServer';

const clients: TestClient[] = [];
const children: ChildServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0)) {
    child.child.kill('SIGKILL');
    await child.exited;
  }
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

const ADMIN = 'crash-test-admin-token-0123456789';

async function child(dataDir: string, env: Record<string, string> = {}) {
  const c = await startChildServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, ...env });
  children.push(c);
  return c;
}
/** A real werkgroep, member and document on the child server; the token opens the document room. */
let access: { token: string; room: string } = { token: '', room: '' };
async function prepare(server: ChildServer) {
  const w = await setupWerkgroep(`http://127.0.0.1:${server.port}`, ADMIN);
  access = { token: w.facilitator.token, room: w.documentRoom };
  return access.room;
}
function client(wsUrl: string, _room: string) {
  const c = connectClient(wsUrl, access.room, undefined, access.token);
  clients.push(c);
  return c;
}
const numbers = (c: TestClient) => c.doc.getArray<number>('n').toArray();

describe('[SYNC1] durable before relayed, under kill -9', () => {
  // Several kill moments: early in the burst, mid-way, and with compaction running.
  for (const [round, killAfter, compactAfter] of [
    [1, 50, 500],
    [2, 400, 500],
    [3, 300, 40],
  ] as const) {
    it(`round ${round}: no update another client received is lost (kill after ${killAfter} seen)`, async () => {
      const dataDir = await makeTempDir();
      dirs.push(dataDir);
      const server = await child(dataDir, { COMPACT_AFTER_UPDATES: String(compactAfter) });
      await prepare(server);
      const writer = client(server.wsUrl, 'doc:crash');
      const reader = client(server.wsUrl, 'doc:crash');
      await Promise.all([writer.synced, reader.synced]);

      // A burst of small edits, one every millisecond or so, each a number we can count.
      let next = 0;
      const burst = setInterval(() => {
        for (let i = 0; i < 3; i++) writer.doc.getArray<number>('n').push([next++]);
      }, 1);
      await waitFor(() => numbers(reader).length >= killAfter, 20_000, 'reader sees the burst');
      server.child.kill('SIGKILL');
      const seenAtKill = numbers(reader).slice();
      clearInterval(burst);
      await server.exited;
      expect(seenAtKill.length).toBeGreaterThanOrEqual(killAfter);
      // Nothing the reader holds could have come from anywhere else than the killed server.
      writer.provider.disconnect();
      reader.provider.disconnect();

      const restarted = await child(dataDir);
      const check = client(restarted.wsUrl, 'doc:crash');
      await check.synced;
      const stored = new Set(numbers(check));
      const lost = seenAtKill.filter((n) => !stored.has(n));
      expect(lost).toEqual([]);
    });
  }
});

describe('[SYNC9] clean shutdown', () => {
  it('on SIGTERM stores everything, exits 0, and the next start has it all', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const server = await child(dataDir);
    await prepare(server);
    const a = client(server.wsUrl, 'doc:term');
    const b = client(server.wsUrl, 'doc:term');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 200; i++) a.doc.getArray<number>('n').push([i]);
    await waitFor(() => numbers(b).length === 200);
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(server.logs.some((l) => l.msg === 'stopped; everything is stored')).toBe(true);
    a.provider.disconnect();
    b.provider.disconnect();

    const restarted = await child(dataDir);
    const check = client(restarted.wsUrl, 'doc:term');
    await check.synced;
    expect(numbers(check)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('on SIGINT with nobody connected exits 0', async () => {
    const dataDir = await makeTempDir();
    dirs.push(dataDir);
    const server = await child(dataDir);
    server.child.kill('SIGINT');
    expect((await server.exited).code).toBe(0);
  });
});

describe('configuration', () => {
  it('a bad value stops the server at boot with a message naming the variable', async () => {
    await expect(startChildServer({ PORT: 'drieduizend' })).rejects.toThrow(/PORT/);
    await expect(startChildServer({ LOG_LEVEL: 'loud' })).rejects.toThrow(/LOG_LEVEL/);
  });
});
