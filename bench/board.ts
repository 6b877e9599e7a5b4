/**
 * `npm run bench:board`: a board with 500 notes while 20 members drag notes around.
 * Our server runs as a child process (access control on). 20 Node Yjs clients (members) each drag a
 * random note: 20 position updates a second for about a second (as a drag sends them), then a pause.
 * A separate observer measures sync latency: from a move being made to the observer seeing that
 * position. With `--browser` (needs the built client, `npx vite build`), Chromium also opens the board
 * as a member and counts animation frames on the canvas meanwhile (frame rate, frame-time p95/p99,
 * long tasks); `--cpu-throttle=4` slows the page's CPU fourfold.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { setupWerkgroep } from '../server/test/fixtures';
import { boardSchema } from '../shared/schemas/board';
import { addNote, moveNote, NOTES, readNotes } from '../shared/sync/boardDoc';
import { boardRooms } from '../shared/sync/rooms';
import { type BenchClient, connectClient, sleep } from './clients';
import { killAllServers, startOurs } from './servers';
import { max, mean, percentile, round } from './stats';
import { between, prng } from './typingWriters';

const CONFIG = {
  notes: 500,
  movers: 20,
  /** Updates per second while a member drags, and how long a drag and the pause after it last. */
  dragHz: 20,
  dragMs: [600, 1400],
  pauseMs: [300, 1200],
  measureSeconds: 20,
  warmupSeconds: 3,
  browser: process.argv.includes('--browser'),
  cpuThrottle: Number(process.argv.find((a) => a.startsWith('--cpu-throttle='))?.split('=')[1] ?? 1) || 1,
} as const;

/** Counts animation frames in the page for `ms` (a string: tsx would add a __name helper to a function). */
const countFrames = (page: Page, ms: number) =>
  page.evaluate(`new Promise((resolve) => {
    const deltas = [];
    const longTasks = [];
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(e.duration); })
        .observe({ type: 'longtask' });
    } catch {}
    let last = performance.now();
    const end = last + ${ms};
    function tick(t) {
      deltas.push(t - last);
      last = t;
      if (t < end) requestAnimationFrame(tick);
      else resolve({ deltas, longTasks });
    }
    requestAnimationFrame(tick);
  })`) as Promise<{ deltas: number[]; longTasks: number[] }>;
const frameStats = (f: { deltas: number[]; longTasks: number[] }) => ({
  fps: round(f.deltas.length / (f.deltas.reduce((a, b) => a + b, 0) / 1000), 1),
  frameMs: dist(f.deltas),
  longTasks: {
    count: f.longTasks.length,
    totalMs: round(
      f.longTasks.reduce((a, b) => a + b, 0),
      0,
    ),
  },
});

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-board-'));
process.on('exit', () => {
  killAllServers();
  fs.rmSync(tmp, { recursive: true, force: true });
});
const t0 = performance.now();
const progress = (m: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}`);
const dist = (v: readonly number[]) => ({
  n: v.length,
  p50: round(percentile(v, 50), 1),
  p95: round(percentile(v, 95), 1),
  p99: round(percentile(v, 99), 1),
  max: round(max(v), 1),
  mean: round(mean(v), 1),
});

/** One member dragging notes until stopped; every move is recorded with its send time. */
function startMover(c: BenchClient, index: number, ids: readonly string[], sent: Map<string, number>) {
  const rand = prng(1000 + index);
  let stopped = false;
  let step = 0;
  void (async () => {
    while (!stopped) {
      const id = ids[Math.floor(rand() * ids.length)] ?? ids[0] ?? '';
      const until = performance.now() + between(rand, CONFIG.dragMs);
      while (!stopped && performance.now() < until) {
        // Positions unique to this mover, so the observer can tell which move it sees.
        step++;
        const x = 20 + ((step * 7) % 9000);
        const y = 20 + index * 400 + (step % 300);
        sent.set(`${id}:${x}:${y}`, performance.now());
        moveNote(c.doc, id, { x, y });
        await sleep(1000 / CONFIG.dragHz);
      }
      await sleep(between(rand, CONFIG.pauseMs));
    }
  })();
  return () => {
    stopped = true;
  };
}

type Server = Awaited<ReturnType<typeof startOurs>>;
type Werkgroep = Awaited<ReturnType<typeof setupWerkgroep>>;

/** A board in a new werkgroep with a viewer and the movers, all bewoners. */
async function setUp(server: Server) {
  if (!server.adminToken) throw new Error('no admin token');
  const w = await setupWerkgroep(
    server.httpBase,
    server.adminToken,
    Array(CONFIG.movers + 1).fill('bewoner'),
  );
  const [viewer, ...movers] = w.people;
  if (!viewer) throw new Error('no members');
  const created = await fetch(`${server.httpBase}/api/werkgroepen/${w.werkgroep.id}/boards`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.facilitator.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Ideeën voor de wijk' }),
  });
  const board = boardSchema.parse(await created.json());
  const room = (token: string) => ({ name: boardRooms(board.id, viewer.member.id).board, token });
  return { w, viewer, movers, board, room };
}

/** Puts CONFIG.notes notes on the board in one change; returns their ids. */
function seedNotes(seeder: BenchClient, w: Werkgroep): string[] {
  const ids: string[] = [];
  seeder.doc.transact(() => {
    for (let i = 0; i < CONFIG.notes; i++) {
      const id = `note${i}`;
      ids.push(id);
      addNote(seeder.doc, {
        id,
        text: `Idee ${i}: meer groen en plekken om elkaar te ontmoeten`,
        color: 'geel',
        x: 40 + (i % 25) * 200,
        y: 40 + Math.floor(i / 25) * 140,
        author: { memberId: w.facilitator.member.id, name: 'Fatima', group: 'facilitators' },
      });
    }
  });
  return ids;
}

/**
 * The observer's latencies: from a move being made (`sent`, by position) to the observer seeing that
 * position, counted only while `measuring` says so.
 */
function watchLatency(observer: BenchClient, sent: Map<string, number>, measuring: () => boolean) {
  const latencies: number[] = [];
  const idOf = new WeakMap<Y.Map<unknown>, string>();
  for (const [id, m] of observer.doc.getMap<Y.Map<unknown>>(NOTES).entries()) idOf.set(m, id);
  observer.doc.getMap<Y.Map<unknown>>(NOTES).observeDeep((events) => {
    const now = performance.now();
    for (const e of events) {
      const note = e.target;
      if (!(note instanceof Y.Map)) continue;
      const id = idOf.get(note);
      const at = sent.get(`${id}:${note.get('x')}:${note.get('y')}`);
      if (at !== undefined && measuring()) latencies.push(now - at);
    }
  });
  return latencies;
}

/** With `--browser`: Chromium with the board open as the viewer, once all notes show. */
async function openBoardPage(server: Server, w: Werkgroep, viewerToken: string, boardId: string) {
  if (!CONFIG.browser) return { browser: null, page: null };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block',
  });
  await context.addCookies([{ name: 'wa_session', value: viewerToken, url: server.httpBase }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (CONFIG.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONFIG.cpuThrottle });
  await page.goto(`${server.httpBase}/w/${w.werkgroep.id}/borden/${boardId}`);
  await page.getByText('Idee 499:', { exact: false }).first().waitFor({ timeout: 60_000 });
  return { browser, page };
}

function writeResult(result: Record<string, unknown>) {
  console.log(JSON.stringify(result, null, 2));
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'bench/results/board-latest.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}

async function main() {
  if (CONFIG.browser && !process.argv.includes('--skip-build')) {
    progress('building the client (npx vite build)…');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const server = await startOurs(path.join(tmp, 'data'));
  const { w, viewer, movers, board, room } = await setUp(server);

  progress(`seeding ${CONFIG.notes} notes…`);
  const seeder = connectClient(server.wsBase, room(w.facilitator.token));
  await seeder.synced;
  const ids = seedNotes(seeder, w);
  const observer = connectClient(server.wsBase, room(viewer.token), new Y.Doc());
  await observer.synced;
  while (readNotes(observer.doc).length < CONFIG.notes) await sleep(50);
  const sent = new Map<string, number>();
  let measuring = false;
  const latencies = watchLatency(observer, sent, () => measuring);
  const { browser, page } = await openBoardPage(server, w, viewer.token, board.id);

  const idle = page ? frameStats(await countFrames(page, 5000)) : null;
  progress(`${movers.length} members drag notes…`);
  const clients = movers.slice(0, CONFIG.movers).map((m) => connectClient(server.wsBase, room(m.token)));
  await Promise.all(clients.map((c) => c.synced));
  const stops = clients.map((c, i) => startMover(c, i, ids, sent));
  await sleep(CONFIG.warmupSeconds * 1000);
  measuring = true;
  const cpu0 = server.cpuSeconds();
  const frames = page ? countFrames(page, CONFIG.measureSeconds * 1000) : null;
  await sleep(CONFIG.measureSeconds * 1000);
  measuring = false;
  const serverCpu = ((server.cpuSeconds() - cpu0) / CONFIG.measureSeconds) * 100;
  for (const stop of stops) stop();
  const counted = await frames;
  writeResult({
    startedAt: new Date().toISOString(),
    config: CONFIG,
    syncLatencyMs: dist(latencies),
    movesPerSecond: round(sent.size / (CONFIG.measureSeconds + CONFIG.warmupSeconds), 0),
    serverCpuPercent: round(serverCpu, 1),
    browser: counted ? { idle, loaded: frameStats(counted), cpuThrottle: CONFIG.cpuThrottle } : null,
    closeCodes: [...clients, observer, seeder].flatMap((c) => c.closeCodes),
    machine: { cpus: os.cpus().length, node: process.version, chromium: browser?.version() ?? null },
  });
  for (const c of [...clients, observer, seeder]) c.destroy();
  await browser?.close();
  await server.stop();
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
