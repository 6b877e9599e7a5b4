import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// The ESM build of tsx's API: its CommonJS build points register() at a file that is not there.
const TSX = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
// The worker loads TypeScript through tsx's loader, as the server itself does (`node --import tsx`).
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  await import(workerData.entry);
})().catch((e) => { setImmediate(() => { throw e; }); });
`;

/**
 * A worker thread running a TypeScript module (`entry`, a file URL) under tsx, in tests and under
 * `npm start` alike. The module reads `workerData` as usual; `entry` and `tsx` are added to it.
 */
export function startTsxWorker(
  entry: string,
  options: Omit<WorkerOptions, 'eval' | 'workerData'> & { workerData?: Record<string, unknown> } = {},
): Worker {
  const { workerData, ...rest } = options;
  return new Worker(BOOT, { ...rest, eval: true, workerData: { ...workerData, entry, tsx: TSX } });
}
