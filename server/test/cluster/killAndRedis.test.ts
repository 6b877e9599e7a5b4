import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { postgresReachable } from '../../storage/postgres/pgTestDatabase';
import { openRawSocket, waitFor } from '../clients';
import { type Person, setupWerkgroep } from '../fixtures';
import { countingReader, reachable } from '../relayCluster';
import { TEST_ADMIN_TOKEN } from '../startTestServer';
import {
  burst,
  converged,
  type Editor,
  editor,
  missing,
  receivedByAnyone,
  storedDoc,
  storedVector,
  text,
} from './editors';
import { NGINX_BINARY } from './nginx';
import { startTopology, type Topology } from './topology';

/**
 * Issue 17's failure tests through the real topology: nginx (round-robin) in front of three
 * instances on one PostgreSQL database and one Redis. Everything is the real thing; PostgreSQL and
 * Redis are the test's own (a fresh database, a redis-server of its own), never stopped for others.
 */
const ready = NGINX_BINARY !== null && (await postgresReachable()) && (await reachable(6379));
if (!ready && process.env.CI)
  throw new Error('[SYNC10] topology tests need nginx, PostgreSQL and redis-server');
if (!ready) process.stderr.write('[SYNC10] topology tests SKIPPED: nginx, PostgreSQL or Redis missing\n');

let topo: Topology;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
const editors: Editor[] = [];

beforeAll(async () => {
  if (!ready) return;
  // Folds all the time (every 20 updates), so every test here also crosses folds on other instances ([SYNC3]).
  topo = await startTopology(3, { COMPACT_AFTER_UPDATES: '20' });
  w = await setupWerkgroep(topo.nginx.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner']);
}, 120_000);
afterAll(async () => {
  for (const e of editors.splice(0)) e.client.destroy();
  await topo?.stop();
}, 60_000);

const people = (): Person[] => [w.facilitator, ...w.people];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Whether `check` became true within `ms` (no failure when it did not). */
const until = (check: () => boolean, ms: number) =>
  waitFor(check, ms).then(
    () => true,
    () => false,
  );

describe.skipIf(!ready)('[SYNC10] three instances behind nginx', () => {
  it('[SYNC10] kill -9 of one of three instances during a burst, several rounds: nothing received is lost, all converge', async () => {
    const room = w.documentRoom;
    const list = people().map((p) => editor(topo.nginx.wsUrl, room, p));
    editors.push(...list);
    await converged(list);
    let drops = 0;
    for (const e of list) e.client.provider.on('connection-close', () => drops++);
    for (let round = 0; round < 3; round++) {
      const typing = burst(list);
      await pause(150 + Math.random() * 600);
      // Kill an instance that holds an editor's socket (which one does is up to nginx): one that
      // drops nobody is started again and the next one is killed.
      let victim = -1;
      for (const candidate of [0, 1, 2].sort(() => Math.random() - 0.5)) {
        const dropsBefore = drops;
        // What anyone had received before the kill was stored before it was relayed ([SYNC1]).
        const before = receivedByAnyone(list);
        await topo.kill(candidate);
        const storedAtKill = await storedVector(topo.db, room);
        expect(missing(before, storedAtKill), `round ${round}: received but not stored`).toEqual([]);
        if (await until(() => drops > dropsBefore, 3_000)) {
          victim = candidate;
          break;
        }
        await topo.restart(candidate);
      }
      expect(victim, 'some instance held an editor').toBeGreaterThanOrEqual(0);
      await pause(200 + Math.random() * 400);
      await typing.stop();
      await topo.restart(victim);
      const final = await converged(list);
      // Every character typed is there once, on every client.
      expect(final.length).toBe(list.reduce((n, e) => n + e.typed, 0));
    }
    const final = text(list[0] as Editor);
    const stored = await storedDoc(topo.db, room);
    expect(stored.getText('t').toString()).toBe(final);
    expect(missing(receivedByAnyone(list), Y.decodeStateVector(Y.encodeStateVector(stored)))).toEqual([]);
    process.stdout.write(
      `[SYNC10] kill -9, 3 rounds: ${drops} sockets dropped, ${final.length} characters stored and identical\n`,
    );
    for (const e of list) e.client.destroy();
  }, 120_000);

  it('[SYNC10] Redis restarted during a session (through nginx): nothing lost, relays resume, no duplicates', async () => {
    const room = w.documentRoom;
    const list = people().map((p) => editor(topo.nginx.wsUrl, room, p));
    editors.push(...list);
    const anna = w.people[0] as Person;
    const raw = await openRawSocket(`${topo.nginx.wsUrl}/${room}?token=${encodeURIComponent(anna.token)}`);
    const reader = countingReader(raw.ws, null);
    const start = (await converged(list)).length;
    const typing = burst(list, 25);
    await pause(300 + Math.random() * 300);
    await topo.restartRedis();
    await pause(300 + Math.random() * 300);
    await typing.stop();
    const final = await converged(list);
    expect(final.length).toBe(start + list.reduce((n, e) => n + e.typed, 0));
    await waitFor(() => reader.doc.getText('t').toString() === final, 30_000, 'the reader converges');
    expect((await storedDoc(topo.db, room)).getText('t').toString()).toBe(final);
    expect(reader.duplicates).toBe(0);
    process.stdout.write(
      `[SYNC10] Redis restart: ${final.length} characters; the reader got ${reader.relayed} relays, no duplicate\n`,
    );
    raw.ws.close();
    for (const e of list) e.client.destroy();
  }, 90_000);
  it('[SYNC9][SYNC3] a rolling restart (SIGTERM, one instance after another) during a burst, folding all the while: nothing lost', async () => {
    const room = w.documentRoom;
    const list = people().map((p) => editor(topo.nginx.wsUrl, room, p));
    editors.push(...list);
    const start = (await converged(list)).length;
    const typing = burst(list);
    for (let i = 0; i < 3; i++) {
      await pause(300 + Math.random() * 300);
      // A clean stop stores everything it was sent and exits 0; its clients move to the others.
      expect(await topo.terminate(i), `instance ${i} stopped cleanly`).toBe(0);
      await topo.restart(i);
    }
    await pause(300);
    await typing.stop();
    const final = await converged(list);
    expect(final.length).toBe(start + list.reduce((n, e) => n + e.typed, 0));
    expect((await storedDoc(topo.db, room)).getText('t').toString()).toBe(final);
    const { rows } = await topo.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM doc_snapshots WHERE doc = $1',
      [room],
    );
    expect(Number(rows[0]?.n), 'the log was folded').toBe(1);
    process.stdout.write(`[SYNC9] rolling restart: ${final.length} characters, identical and stored\n`);
    for (const e of list) e.client.destroy();
  }, 120_000);
});
