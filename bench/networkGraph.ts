/**
 * `npm run bench:network`: the wijknetwerk at the issue-18 size (bench/networkFixture.ts: 300 parties,
 * 600 initiatives, 1,500 relations, shaped like a wijk). In Debian's Chromium (headless, through
 * Playwright): the graph's first render (elements in → layout done → first frame painted) and a theme
 * filter applied and cleared (→ painted), each run on a fresh page; and in Node, the server's overlap
 * detection (shared/network/overlap.ts) on the same initiatives. Medians of RUNS runs after one warm-up.
 * The page runs the graph's own code (client/features/network/graph/graphCore.ts), bundled by Vite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium } from '@playwright/test';
import { build } from 'vite';
import { layoutOptions } from '../client/features/network/graph/graphCore';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { NO_FILTERS } from '../shared/network/filters';
import type { NetworkView } from '../shared/network/network';
import { detectOverlaps } from '../shared/network/overlap';
import { wijkNetwork } from './networkFixture';
import type * as PageApi from './networkGraphPage';

const RUNS = Number(process.env.RUNS ?? 5);
const ROOT = path.resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

async function bundle(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijk-network-bench-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: path.join(ROOT, 'bench/networkGraphPage.ts'),
        formats: ['iife'],
        name: 'NetworkBench',
        fileName: () => 'bench.js',
      },
    },
  });
  return path.join(outDir, 'bench.js');
}

type Api = typeof PageApi;
type BenchWindow = { NetworkBench: Api };

const graphElements = (network: NetworkView) =>
  network.parties.length +
  network.initiatives.length +
  network.relations.length +
  network.initiatives.reduce((n, i) => n + (i.leadPartyId ? 1 : 0) + i.partnerPartyIds.length, 0) +
  network.overlaps.length;

const summary = (network: NetworkView) =>
  `${network.parties.length} parties, ${network.initiatives.length} initiatives, ` +
  `${network.relations.length} relations, ${network.overlaps.length} flagged overlaps: ${graphElements(network)} elements`;

/** RUNS measured runs (after one warm-up), each on a fresh page, of first render, filter and clear. */
async function measureGraph(browser: Browser, script: string, network: NetworkView) {
  const rows = {
    layout: [] as number[],
    painted: [] as number[],
    filter: [] as number[],
    clear: [] as number[],
  };
  const layouts = new Set<string>();
  let left = 0;
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.setContent('<!doctype html><div id="graph" style="width:1280px;height:800px"></div>');
    await page.addScriptTag({ path: script });
    const first = await page.evaluate(
      (n) => (window as unknown as BenchWindow).NetworkBench.firstRender(n),
      network,
    );
    const themed = await page.evaluate(
      (f) => (window as unknown as BenchWindow).NetworkBench.applyFilters(f),
      {
        ...NO_FILTERS,
        themes: ['groen' as const],
      },
    );
    const cleared = await page.evaluate(
      (f) => (window as unknown as BenchWindow).NetworkBench.applyFilters(f),
      NO_FILTERS,
    );
    layouts.add(await page.evaluate(() => (window as unknown as BenchWindow).NetworkBench.positions()));
    await page.close();
    if (first.nodes + first.edges !== graphElements(network))
      throw new Error(`drew ${first.nodes + first.edges} of ${graphElements(network)} elements`);
    if (run === 0) continue; // warm-up: the browser's first compile of the bundle
    rows.layout.push(first.layout);
    rows.painted.push(first.painted);
    rows.filter.push(themed.ms);
    rows.clear.push(cleared.ms);
    left = themed.visibleNodes;
  }
  return { rows, left, stable: layouts.size === 1 };
}

function detectionTimes(network: NetworkView): number[] {
  for (let i = 0; i < 5; i++) detectOverlaps(network.initiatives);
  return Array.from({ length: 30 }, () => {
    const t0 = performance.now();
    detectOverlaps(network.initiatives);
    return performance.now() - t0;
  });
}

async function main() {
  const networks = [
    { label: 'issue size', network: wijkNetwork() },
    { label: 'a third', network: wijkNetwork(18, 1 / 3) },
  ];
  for (const { label, network } of networks) console.log(`${label}: ${summary(network)}`);
  const script = await bundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const table = [['figure', ...networks.map((n) => `${n.label}: median (max)`)]];
  const cell = (xs: number[], digits = 0) =>
    `${median(xs).toFixed(digits)} ms (${Math.max(...xs).toFixed(digits)})`;
  try {
    const results = [];
    for (const { network } of networks) results.push(await measureGraph(browser, script, network));
    table.push(
      ['graph first render: layout done', ...results.map((r) => cell(r.rows.layout))],
      ['graph first render: first frame painted', ...results.map((r) => cell(r.rows.painted))],
      [
        'theme filter "groen", painted',
        ...results.map((r) => `${cell(r.rows.filter)}, ${r.left} nodes left`),
      ],
      ['clear the filter, painted', ...results.map((r) => cell(r.rows.clear))],
      ['same positions in every run', ...results.map((r) => (r.stable ? 'yes' : 'NO'))],
      ['overlap detection (Node, 30 runs)', ...networks.map((n) => cell(detectionTimes(n.network), 1))],
    );
  } finally {
    await browser.close();
  }
  const width = table[0]?.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length))) ?? [];
  for (const r of table) console.log(r.map((text, c) => text.padEnd(width[c] ?? 0)).join('  '));
  console.log(
    `${RUNS} runs after a warm-up; ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}, ` +
      `Node ${process.version}, Chromium ${browser.version()}, layout: ${networks
        .map((n) => `${layoutOptions(n.network.parties.length + n.network.initiatives.length).name}`)
        .join(' / ')}`,
  );
}

await main();
