import readline from 'node:readline';
import { startTopology } from './topology';

/**
 * One instance of the test topology (PostgreSQL behind a cuttable proxy, a Redis of its own) run as
 * its own process, for the browser tests: Playwright's loader cannot import the server's modules
 * (JSON catalogues). Prints `{"base": "http://127.0.0.1:<port>"}` once ready, then obeys the lines
 * `cut`, `restore` (answering `{"done": "<command>"}`) and `stop` on stdin. Extra environment for the
 * instance comes as JSON in OUTAGE_HOST_ENV.
 */
const extra = JSON.parse(process.env.OUTAGE_HOST_ENV ?? '{}') as Record<string, string>;
const topology = await startTopology(1, extra);
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
say({ base: topology.base(0), pid: topology.instances[0]?.child.pid });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await topology.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = line.trim();
  if (command === 'cut') topology.pgProxy.cut();
  else if (command === 'restore') topology.pgProxy.restore();
  else if (command === 'alive') {
    const child = topology.instances[0]?.child;
    say({ done: command, alive: child?.exitCode === null && child.signalCode === null });
    return;
  } else if (command === 'stop') return void stop();
  say({ done: command });
});
process.stdin.on('end', () => void stop());
