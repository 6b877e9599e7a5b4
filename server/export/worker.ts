import { parentPort } from 'node:worker_threads';
import type { ExportFormat } from '../../shared/schemas/export';
import { buildExportModel, type ExportInput } from './model';
import { renderExport } from './render';

/** One job for the export worker: files to make, each from its input. */
export interface ExportJob {
  files: { name: string; format: ExportFormat; input: ExportInput }[];
}
export type ExportReply =
  | { ok: true; files: { name: string; bytes: Uint8Array }[] }
  | { ok: false; error: string };

// Runs in a worker thread (runner.ts), so a long PDF never stalls the sync server's event loop.
parentPort?.on('message', async (job: ExportJob) => {
  try {
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const f of job.files)
      files.push({ name: f.name, bytes: await renderExport(f.format, buildExportModel(f.input)) });
    const reply: ExportReply = { ok: true, files };
    parentPort?.postMessage(
      reply,
      files.map((f) => f.bytes.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i),
    );
  } catch (e) {
    const reply: ExportReply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    parentPort?.postMessage(reply);
  }
});
