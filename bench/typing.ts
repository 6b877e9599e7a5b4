/**
 * `npm run bench:typing`: typing latency in the real editor while others type in the same section.
 * The built client is served by our server (child process, access control on); Chromium (Playwright)
 * opens a document as a member, who types at ≈ 9 characters/s through CDP `Input.dispatchKeyEvent`,
 * first alone, then while 20 remote writers (Node Yjs clients, bench/typingWriters.ts) type in the
 * same section at ≈ 4 characters/s each. Latency per keystroke is measured in the page (see
 * bench/typingPage.ts): keydown `event.timeStamp` → the character is in the editor's DOM.
 * Flags: `--skip-build` uses the existing dist/client; `--cpu-throttle=4` slows the page's CPU
 * fourfold (CDP Emulation.setCPUThrottlingRate), roughly a budget phone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { setupWerkgroep } from '../server/test/fixtures';
import { DOCUMENT_FIELD } from '../shared/editor/extensions';
import { type BenchClient, connectClient, sleep } from './clients';
import { type BenchServer, killAllServers, startOurs } from './servers';
import { max, mean, percentile, round } from './stats';
import {
  addProbe,
  attachProbe,
  countRoomUpdates,
  pendingKeys,
  perfMetrics,
  pressKey,
  readProbe,
  resetProbe,
} from './typingPage';
import { between, prng, sectionSize, seedParagraphs, startWriter, WRITER_PACE } from './typingWriters';

const CONFIG = {
  writers: 20,
  /** Measured keys per phase ([A-Z0-9]; the spaces between words are typed but not measured). */
  measuredKeys: 300,
  warmupKeys: 20,
  /** Local typing: one key every 80–140 ms (≈ 9 characters/s). */
  keyDelayMs: [80, 140],
  localText: 'MEER GROEN IN DE WIJK EN VEILIGE ROUTES NAAR SCHOOL 2026 ',
  writerPace: WRITER_PACE,
  /** Remote writers type this long before the measured phase starts. */
  writersWarmupMs: 3000,
  seed: { paragraphs: 8, words: 30 },
  /** `--cpu-throttle=N`; 1: none. */
  cpuThrottle: Number(process.argv.find((a) => a.startsWith('--cpu-throttle='))?.split('=')[1] ?? 1) || 1,
} as const;

const ROOT = path.resolve(import.meta.dirname, '..');
const t0 = performance.now();
const startedAt = new Date();
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-typing-'));
process.on('exit', () => {
  killAllServers();
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
const progress = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${msg}`);

let typed = 0;
/** Types CONFIG.localText on until `measured` [A-Z0-9] keys went in; returns the keys pressed. */
async function typeKeys(cdp: CDPSession, measured: number, rand: () => number): Promise<number> {
  let pressed = 0;
  let next = performance.now();
  for (let done = 0; done < measured; pressed++) {
    const ch = CONFIG.localText[typed++ % CONFIG.localText.length] ?? ' ';
    await pressKey(cdp, ch);
    if (ch !== ' ') done++;
    next += between(rand, CONFIG.keyDelayMs);
    await sleep(Math.max(0, next - performance.now()));
  }
  return pressed;
}

const dist = (v: readonly number[]) => ({
  p50: round(percentile(v, 50), 1),
  p95: round(percentile(v, 95), 1),
  p99: round(percentile(v, 99), 1),
  max: round(max(v), 1),
  mean: round(mean(v), 1),
});

interface Rig {
  page: Page;
  cdp: CDPSession;
  server: BenchServer;
  rand: () => number;
  sent: () => number;
  received: () => number;
}

/** One measured phase: CONFIG.measuredKeys keys typed while `writers` remote writers are active. */
async function phase(name: string, writers: number, rig: Rig) {
  const { page, cdp } = rig;
  await resetProbe(page);
  const before = await perfMetrics(cdp);
  const [sent0, received0, serverCpu0, benchCpu0] = [
    rig.sent(),
    rig.received(),
    rig.server.cpuSeconds(),
    process.cpuUsage(),
  ];
  const start = performance.now();
  const keys = await typeKeys(cdp, CONFIG.measuredKeys, rig.rand);
  const seconds = (performance.now() - start) / 1000;
  const [sent, received, serverCpu, benchCpu] = [
    rig.sent(),
    rig.received(),
    rig.server.cpuSeconds(),
    process.cpuUsage(benchCpu0),
  ];
  const drainStart = performance.now();
  while ((await pendingKeys(page)) > 0 && performance.now() - drainStart < 5000) await sleep(50);
  await sleep(100); // the last requestAnimationFrame
  const after = await perfMetrics(cdp);
  const metricSeconds = (performance.now() - start) / 1000; // ≈ the window of `before` → `after`
  const data = await readProbe(page);
  const delta = (m: string) => round((after.get(m) ?? 0) - (before.get(m) ?? 0), 3);
  const latency = data.samples.map((s) => s.eventToDom);
  const longTaskMs = data.longTasks.map((t) => t.duration);
  return {
    name,
    writers,
    keysPressed: keys,
    measured: data.samples.length,
    lost: data.lost,
    typingSeconds: round(seconds, 1),
    keyToDomMs: dist(latency),
    keyToFrameMs: dist(data.samples.map((s) => s.toFrame)),
    handlerToDomMs: dist(data.samples.map((s) => s.handlerToDom)),
    inputDelayMs: dist(data.samples.map((s) => s.inputDelay)),
    remoteUpdatesPerSecond: {
      sent: round((sent - sent0) / seconds, 1),
      receivedByPage: round((received - received0) / seconds, 1),
    },
    longTasks: {
      count: longTaskMs.length,
      totalMs: round(
        longTaskMs.reduce((a, b) => a + b, 0),
        0,
      ),
      maxMs: longTaskMs.length ? round(max(longTaskMs), 0) : 0,
    },
    /** Renderer main thread, from CDP Performance.getMetrics (seconds during the phase). */
    mainThread: {
      taskSeconds: delta('TaskDuration'),
      scriptSeconds: delta('ScriptDuration'),
      layoutSeconds: delta('LayoutDuration'),
      recalcStyleSeconds: delta('RecalcStyleDuration'),
      busyPercent: round((delta('TaskDuration') / metricSeconds) * 100, 1),
    },
    jsHeapUsedMB: round((after.get('JSHeapUsedSize') ?? 0) / 2 ** 20, 1),
    domNodes: after.get('Nodes') ?? null,
    /** CPU use of the server and of this process (writers, CDP) during the phase, in % of one core. */
    cpuPercent: {
      server: round(((serverCpu - serverCpu0) / seconds) * 100, 1),
      benchProcess: round(((benchCpu.user + benchCpu.system) / 1e6 / seconds) * 100, 1),
    },
    rawKeyToDomMs: latency.map((v) => round(v, 1)),
  };
}

type PhaseResult = Awaited<ReturnType<typeof phase>>;

function report(phases: PhaseResult[], extra: Record<string, unknown>): void {
  const head =
    '| phase | measured/keys | key→DOM p50 ms | p95 | p99 | max | key→frame p95 | remote upd/s sent / page recv | long tasks n / ms | main thread busy |';
  const rows = phases.map((p) => {
    const l = p.keyToDomMs;
    const r = p.remoteUpdatesPerSecond;
    return `| ${p.name} | ${p.measured}/${p.keysPressed} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} | ${p.keyToFrameMs.p95} | ${r.sent} / ${r.receivedByPage} | ${p.longTasks.count} / ${p.longTasks.totalMs} | ${p.mainThread.busyPercent}% |`;
  });
  console.log(['', head, `|${' --- |'.repeat(10)}`, ...rows, ''].join('\n'));
  for (const p of phases) {
    console.log(
      `${p.name}: input delay p95 ${p.inputDelayMs.p95} ms (max ${p.inputDelayMs.max}); ${p.lost} keys unmatched; ` +
        `main thread script ${p.mainThread.scriptSeconds}s, layout ${p.mainThread.layoutSeconds}s; heap ${p.jsHeapUsedMB} MB; ` +
        `CPU server ${p.cpuPercent.server}%, bench process ${p.cpuPercent.benchProcess}%`,
    );
  }
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const data = { startedAt: startedAt.toISOString(), config: CONFIG, ...extra, phases };
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const file = path.join(dir, `typing-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'typing-latest.json'), json);
  console.log(`\nwrote ${path.relative(ROOT, file)} and bench/results/typing-latest.json`);
}

function build(): void {
  if (!process.argv.includes('--skip-build')) {
    progress('building the client (npx vite build)…');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npx vite build failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/client/index.html'))) {
    throw new Error('dist/client/index.html is missing: build the client with `npx vite build`');
  }
}

const countLocal = (s: string) => s.match(/[A-Z0-9]/g)?.length ?? 0;

async function main(): Promise<void> {
  build();
  const server = await startOurs(path.join(tmpRoot, 'data'));
  const clients: BenchClient[] = [];
  const stops: (() => void)[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    if (!server.adminToken) throw new Error('server has no ADMIN_TOKEN');
    // One member types in the browser, each remote writer is a member of its own.
    const roles = Array.from({ length: CONFIG.writers + 1 }, () => 'bewoner' as const);
    const w = await setupWerkgroep(server.httpBase, server.adminToken, roles);
    const [me, ...others] = w.people;
    if (!me) throw new Error('no members');
    const room = (token: string) => ({ name: w.documentRoom, token });
    const rand = prng(20261127);

    progress(`seeding ${CONFIG.seed.paragraphs} paragraphs in ${w.documentRoom}…`);
    const seeder = connectClient(server.wsBase, room(me.token));
    clients.push(seeder);
    await seeder.synced;
    const seedTexts = seedParagraphs(seeder.doc, CONFIG.seed.paragraphs, CONFIG.seed.words, rand);

    const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
    await context.addCookies([{ name: 'wa_session', value: me.token, url: server.httpBase }]);
    await addProbe(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const received = await countRoomUpdates(cdp, w.documentRoom);
    await cdp.send('Performance.enable');
    if (CONFIG.cpuThrottle > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONFIG.cpuThrottle });
    const throttled = CONFIG.cpuThrottle > 1 ? ` (CPU throttled ${CONFIG.cpuThrottle}×)` : '';
    progress(`opening the document in Chromium ${browser.version()}${throttled}…`);
    await page.goto(`${server.httpBase}/w/${w.werkgroep.id}/d/${w.documentId}`);
    const editor = page.getByRole('textbox', { name: 'Tekst bij Eerste deel' });
    await editor.filter({ hasText: seedTexts.at(-1) ?? '' }).waitFor({ timeout: 30_000 });
    // The local user types in a paragraph of their own at the end (remote writers may join it).
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await attachProbe(editor);
    await typeKeys(cdp, CONFIG.warmupKeys, rand);
    await sleep(500);

    let sent = 0;
    const rig: Rig = { page, cdp, server, rand, sent: () => sent, received };
    progress(`baseline: typing ${CONFIG.measuredKeys} characters, no remote writers…`);
    const baseline = await phase('0 writers', 0, rig);

    progress(`starting ${CONFIG.writers} remote writers…`);
    const writers = others.slice(0, CONFIG.writers).map((p) => connectClient(server.wsBase, room(p.token)));
    clients.push(...writers);
    await Promise.all(writers.map((c) => c.synced));
    for (const [i, c] of writers.entries()) stops.push(startWriter(c, prng(i + 1), () => sent++));
    await sleep(CONFIG.writersWarmupMs);
    progress(`typing ${CONFIG.measuredKeys} characters with ${writers.length} remote writers…`);
    const loaded = await phase(`${writers.length} writers`, writers.length, rig);
    for (const stop of stops) stop();

    // Every local character reached the server (a Node client has it) and is in the page.
    await sleep(1500);
    const expected = CONFIG.warmupKeys + 2 * CONFIG.measuredKeys;
    const inDoc = countLocal(seeder.doc.getXmlFragment(DOCUMENT_FIELD).toString());
    const inPage = countLocal((await editor.textContent()) ?? '');
    const closeCodes = clients.flatMap((c) => c.closeCodes);
    if (inDoc !== expected || inPage !== expected) {
      console.log(`WARNING: typed ${expected} measured characters; the doc has ${inDoc}, the page ${inPage}`);
    }
    if (closeCodes.length) console.log(`WARNING: the server closed connections: ${closeCodes.join(', ')}`);
    const totalSeconds = round((performance.now() - t0) / 1000, 1);
    report([baseline, loaded], {
      totalSeconds,
      check: {
        localTyped: expected,
        inServerDoc: inDoc,
        inPage,
        closeCodes,
        finalSection: sectionSize(seeder.doc),
      },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        node: process.version,
        chromium: browser.version(),
      },
    });
    console.log(`total ${totalSeconds}s`);
  } finally {
    for (const stop of stops) stop();
    for (const c of clients) c.destroy();
    await browser.close();
    await server.stop();
  }
}

// Exit explicitly: the 'exit' handler kills a server that is still up and removes the temp dir.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
