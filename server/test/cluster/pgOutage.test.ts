import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../../shared/sync/closeCodes';
import { postgresReachable } from '../../storage/postgres/pgTestDatabase';
import { waitFor } from '../clients';
import { type Person, setupWerkgroep } from '../fixtures';
import { reachable } from '../relayCluster';
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
} from './editors';
import { NGINX_BINARY } from './nginx';
import { probeWrite } from './probe';
import { startTopology, type Topology } from './topology';

/**
 * Issue 17: PostgreSQL unreachable for about ten seconds (a TCP proxy between the three instances
 * and PostgreSQL is cut; the machine's PostgreSQL keeps running), then back — without restarting
 * any instance.
 */
const ready = NGINX_BINARY !== null && (await postgresReachable()) && (await reachable(6379));
if (!ready && process.env.CI)
  throw new Error('[SYNC10] topology tests need nginx, PostgreSQL and redis-server');
if (!ready)
  process.stderr.write('[SYNC10] PostgreSQL outage test SKIPPED: nginx, PostgreSQL or Redis missing\n');

const OUTAGE_MS = 10_000;
let topo: Topology;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
const editors: Editor[] = [];

beforeAll(async () => {
  if (!ready) return;
  topo = await startTopology(3);
  w = await setupWerkgroep(topo.nginx.url, TEST_ADMIN_TOKEN, ['bewoner', 'bewoner']);
}, 120_000);
afterAll(async () => {
  for (const e of editors.splice(0)) e.client.destroy();
  await topo?.stop();
}, 60_000);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const health = async (base: string) => (await fetch(`${base}/healthz`)).status;
const createDocument = (title: string) =>
  fetch(`${topo.nginx.url}/api/werkgroepen/${w.werkgroep.id}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });

describe.skipIf(!ready)('[SYNC10] PostgreSQL unreachable behind three instances', () => {
  it('[SYNC10] writes are refused and nothing is said to be stored while it is down; everything recovers without a restart', async () => {
    const room = w.documentRoom;
    const list = [w.facilitator, ...w.people].map((p: Person) => editor(topo.nginx.wsUrl, room, p));
    editors.push(...list);
    await converged(list);
    let typing = burst(list, 30);
    await pause(500);
    const closesBefore = list.map((e) => e.closes.length);

    const pids = topo.instances.map((s) => s.child.pid);
    const receivedBeforeCut = receivedByAnyone(list);
    topo.pgProxy.cut();
    // What any client had received was stored (read straight from PostgreSQL, not through the proxy).
    expect(missing(receivedBeforeCut, await storedVector(topo.db, room))).toEqual([]);
    const cutAt = Date.now();
    // The sockets of rooms that could not store close with "try again later" (4501), and reconnects
    // are refused while the room cannot be loaded (4500): the client keeps its edits.
    const told = (e: Editor, i: number) =>
      e.closes
        .slice(closesBefore[i])
        .some((c) => c === CloseCode.StorageFailed || c === CloseCode.LoadFailed);
    await waitFor(() => list.every(told), 30_000, 'every editor told storage failed').catch((error) => {
      throw new Error(
        `${error.message}: ${list.map((e) => `${e.closes} ${e.client.provider.wsconnected}`).join(' | ')}`,
      );
    });
    await typing.stop();
    // Every instance says it is unavailable; nginx passes it on.
    for (let i = 0; i < 3; i++) await expect.poll(() => health(topo.base(i)), { timeout: 20_000 }).toBe(503);
    // An API write is refused with a code that says so.
    const refused = await createDocument('Tijdens de storing');
    expect(refused.status).toBe(503);
    expect((await refused.json()).code).toBe('storage_unavailable');
    // A client that asks whether its edit is stored never hears "yes" ([SYNC14]): the server's state
    // vector it gets back does not cover the edit, or the socket is closed first.
    const anna = w.people[0] as Person;
    const probe = await probeWrite(`${topo.nginx.wsUrl}/${room}?token=${encodeURIComponent(anna.token)}`);
    expect(probe.coveredAt).toBeNull();
    expect(probe.closeCode === null || probe.closeCode >= 4500).toBe(true);
    // The edits made meanwhile are only in the clients.
    for (const e of list) e.client.doc.getText('t').insert(0, '!');
    await pause(Math.max(0, OUTAGE_MS - (Date.now() - cutAt)));

    topo.pgProxy.restore();
    const cutFor = Date.now() - cutAt;
    typing = burst(list, 30);
    await pause(300);
    await typing.stop();
    const final = await converged(list, 60_000);
    // Everything every client typed, before, during and after, is stored: they sent it again.
    expect(final.split('!').length - 1).toBe(list.length);
    expect(final.length).toBe(list.reduce((n, e) => n + e.typed, 0) + list.length);
    await expect
      .poll(async () => (await storedDoc(topo.db, room)).getText('t').toString(), { timeout: 20_000 })
      .toBe(final);
    for (let i = 0; i < 3; i++) await expect.poll(() => health(topo.base(i)), { timeout: 20_000 }).toBe(200);
    expect((await createDocument('Na de storing')).status).toBe(201);
    // Nothing any client ever received is missing from storage.
    expect(missing(receivedByAnyone(list), await storedVector(topo.db, room))).toEqual([]);
    // Recovered without a restart: the same three processes as before the cut.
    expect(topo.instances.map((s) => s.child.pid)).toEqual(pids);
    expect(topo.instances.every((s) => s.child.exitCode === null && s.child.signalCode === null)).toBe(true);
    const codes = new Map<number, number>();
    for (const c of list.flatMap((e) => e.closes)) codes.set(c, (codes.get(c) ?? 0) + 1);
    process.stdout.write(
      `[SYNC10] PostgreSQL cut for ${Math.round(cutFor / 1000)} s: socket closes ${JSON.stringify(Object.fromEntries(codes))}; ${final.length} characters stored\n`,
    );
  }, 150_000);
});
