import type { ExportSlots } from '../cluster/exportSlots';
import { startTsxWorker } from '../workers/tsxWorker';
import type { ExportFile, ExportJob, ExportReply } from './worker';

/**
 * Exports run in a worker thread, one job at a time, with a bounded queue. Making a 40-page PDF
 * takes a second or more of CPU; on the main thread that second would freeze every live document.
 * A fresh worker per job returns all its memory when the job ends, and a memory cap keeps one huge
 * export from taking the server down.
 */
export interface ExportRunnerOptions {
  /** Jobs waiting beyond the running one; more are refused (export_busy). */
  maxWaiting: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /**
   * [SYNC10] With REDIS_URL: a slot across all instances, taken before the job queues here, so the
   * cluster holds a bounded number of jobs whatever the load balancer does. Without it, or while Redis
   * does not answer, only this process' bound (one running + maxWaiting) applies.
   */
  slots?: ExportSlots;
}

export class ExportBusyError extends Error {}

export function exportRunner(options: ExportRunnerOptions) {
  const entry = new URL('./worker.ts', import.meta.url).href;
  let running = 0;
  const waiting: (() => void)[] = [];

  const runOne = (job: ExportJob) =>
    new Promise<ExportFile[]>((resolve, reject) => {
      const worker = startTsxWorker(entry, {
        resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error('export timed out'));
      }, options.timeoutMs);
      const done = () => {
        clearTimeout(timer);
        void worker.terminate();
      };
      worker.once('message', (reply: ExportReply) => {
        done();
        if (reply.ok) resolve(reply.files);
        else reject(new Error(reply.error));
      });
      worker.once('error', (e) => {
        done();
        reject(e);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`export worker stopped (${code})`));
      });
      worker.postMessage(job);
    });

  return {
    /** Makes the job's files; rejects with ExportBusyError when the queue is full. */
    async run(job: ExportJob): Promise<ExportFile[]> {
      const slot = options.slots ? await options.slots.acquire() : null;
      if (slot?.kind === 'full') throw new ExportBusyError('export queue of the cluster full');
      const release = () => {
        if (slot?.kind === 'granted') void slot.release();
      };
      // The slot passes straight from a finished job to the next waiting one, so at most one runs.
      if (running > 0) {
        if (waiting.length >= options.maxWaiting) {
          release();
          throw new ExportBusyError('export queue full');
        }
        await new Promise<void>((r) => waiting.push(r));
      } else running++;
      try {
        return await runOne(job);
      } finally {
        release();
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}
export type ExportRunner = ReturnType<typeof exportRunner>;
