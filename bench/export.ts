/**
 * `npm run bench:export`: time and peak memory to export the 40-page test document
 * (server/test/exportFixture.ts) to each format. Each format runs in a child process of its own, so
 * its peak RSS is its own: a warm-up export, then `runs` measured ones (model built from the input
 * each time, as the export worker does). Through the HTTP endpoint, a worker thread start comes on top.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildExportModel } from '../server/export/model';
import { renderExport } from '../server/export/render';
import { richExportInput } from '../server/test/exportFixture';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/schemas/export';
import { percentile, round } from './stats';

const RUNS = 5;

async function one(format: ExportFormat) {
  const input = richExportInput();
  const rssBefore = process.memoryUsage().rss;
  await renderExport(format, buildExportModel(input));
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const out = await renderExport(format, buildExportModel(input));
    times.push(performance.now() - t);
    bytes = out.byteLength;
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `${JSON.stringify({ format, bytes, p50: percentile(times, 50), max: Math.max(...times), rssBefore, peakRss })}\n`,
  );
}

const only = process.argv.find((a) => a.startsWith('--one='))?.split('=')[1];
if (only) {
  await one(only as ExportFormat);
} else {
  const self = fileURLToPath(import.meta.url);
  const mb = (b: number) => round(b / 1024 / 1024, 1);
  const rows = [];
  for (const format of EXPORT_FORMATS) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, `--one=${format}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${format}: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as {
      format: string;
      bytes: number;
      p50: number;
      max: number;
      rssBefore: number;
      peakRss: number;
    };
    rows.push(m);
    process.stdout.write(
      `${format.padEnd(5)} ${String(round(m.p50, 0)).padStart(6)} ms p50  ${String(round(m.max, 0)).padStart(6)} ms max  ` +
        `${String(mb(m.peakRss)).padStart(6)} MB peak RSS (${mb(m.peakRss - m.rssBefore)} MB over the loaded process)  ${Math.round(m.bytes / 1024)} kB\n`,
    );
  }
}
