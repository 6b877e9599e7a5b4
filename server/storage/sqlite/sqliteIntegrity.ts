import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { IntegrityResult } from '../Storage';

const require = createRequire(import.meta.url);

/** Runs in a worker thread with its own read-only connection: the server's event loop never waits on it. */
const CHECK = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check');
  const problems = rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
  parentPort.postMessage({ problems });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message), code: String(error && error.code) });
} finally {
  if (db) db.close();
}
`;

/** A check that runs longer than this is given up on (its answer is unknown, not "corrupt"). */
const TIMEOUT_MS = 15 * 60_000;

type Reply = { problems: string[] } | { error: string; code: string };

/**
 * `PRAGMA quick_check` of the database file: every page and b-tree is read (O(database size)),
 * without the index-content checks of integrity_check. A file SQLite calls corrupt is `corrupt`.
 */
export function checkSqliteIntegrity(file: string): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK, {
      eval: true,
      workerData: { file, driver: require.resolve('better-sqlite3') },
    });
    const timer = setTimeout(
      () => finish({ status: 'failed', error: 'integrity check timed out' }),
      TIMEOUT_MS,
    );
    timer.unref();
    let done = false;
    function finish(result: IntegrityResult) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    }
    worker.once('message', (reply: Reply) => {
      if ('problems' in reply) {
        finish(
          reply.problems.length === 0 ? { status: 'ok' } : { status: 'corrupt', problems: reply.problems },
        );
      } else if (/^SQLITE_(CORRUPT|NOTADB)/.test(reply.code)) {
        finish({ status: 'corrupt', problems: [reply.error] });
      } else {
        finish({ status: 'failed', error: reply.error });
      }
    });
    worker.once('error', (error) => finish({ status: 'failed', error: error.message }));
    worker.once('exit', () => finish({ status: 'failed', error: 'integrity check stopped' }));
  });
}
