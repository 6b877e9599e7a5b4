import { parentPort } from 'node:worker_threads';
import type { ExportFormat } from '../../shared/schemas/export';
import { type AkkoordExportInput, buildAkkoordModel } from './akkoordModel';
import { buildExportModel, type ExportInput } from './model';
import { exportNotes, missingCodePoints } from './notes';
import { renderExport } from './render';

/** One job for the export worker: files to make, each from its input. */
export interface ExportJob {
  files: ({ name: string; format: ExportFormat } & (
    | { input: ExportInput }
    | { akkoord: AkkoordExportInput }
  ))[];
}
/** A made file; `missing` lists the characters no font could draw, as code points (for the log). */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
  missing: string[];
}
export type ExportReply = { ok: true; files: ExportFile[] } | { ok: false; error: string };

// Runs in a worker thread (runner.ts), so a long PDF never stalls the sync server's event loop.
parentPort?.on('message', async (job: ExportJob) => {
  try {
    const files: ExportFile[] = [];
    for (const f of job.files) {
      const notes = exportNotes();
      const model = 'akkoord' in f ? buildAkkoordModel(f.akkoord) : buildExportModel(f.input);
      const bytes = await renderExport(f.format, model, notes);
      files.push({ name: f.name, bytes, missing: missingCodePoints(notes) });
    }
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
