import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { collectGarbage } from './inspectorGc';

export type ServerKind = 'ours' | 'ref';

export interface BenchServer {
  kind: ServerKind;
  pid: number;
  port: number;
  /** Base websocket URL; a client appends `/<room>`. */
  wsBase: string;
  /** Base HTTP URL (our server's API lives there too). */
  httpBase: string;
  /** Ours: the ADMIN_TOKEN it was started with (creates werkgroepen, see rooms.ts); ref: null. */
  adminToken: string | null;
  dataDir: string;
  /** Resident set size of the server process in KiB (VmRSS). */
  rssKb(): number;
  /** CPU seconds (user + system) the server process has used so far. */
  cpuSeconds(): number;
  /** A full GC in the server, resolving with its V8 heap in use (KiB); only when started with its inspector (bench/cluster.ts). */
  collectGarbage?: () => Promise<number>;
  /** Stops gracefully (SIGTERM), SIGKILL after a timeout. */
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const REF_SERVER = path.join(ROOT, 'node_modules/@y/websocket-server/src/server.js');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 20_000;
/** Linux USER_HZ; /proc/<pid>/stat counts CPU time in these ticks. */
const CLOCK_TICKS_PER_SECOND = 100;

const live = new Set<ChildProcess>();

/** Kills every server still running (used on exit and on errors). */
export function killAllServers(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  live.clear();
}

export function readRssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]);
}

export function readCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** A port that was free a moment ago (the reference server cannot report a random port). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Spawned {
  child: ChildProcess;
  exited: Promise<void>;
  stderr: () => string;
}

function spawnServer(args: string[], env: Record<string, string>, cwd = ROOT): Spawned {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  return { child, exited, stderr: () => stderr };
}

/** Reads stdout line by line (always, so the pipe never fills) until `match` yields a port. */
function waitForPort(s: Spawned, match: (line: string) => number | null): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${s.stderr()}`)),
      START_TIMEOUT_MS,
    );
    const lines = readline.createInterface({ input: s.child.stdout as NodeJS.ReadableStream });
    let found = false;
    lines.on('line', (line) => {
      if (found) return;
      const port = match(line);
      if (port !== null) {
        found = true;
        clearTimeout(timer);
        resolve(port);
      }
    });
    void s.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${s.child.exitCode ?? s.child.signalCode}): ${s.stderr()}`));
    });
  });
}

function makeServer(
  kind: ServerKind,
  s: Spawned,
  port: number,
  wsBase: string,
  dataDir: string,
  adminToken: string | null,
): BenchServer {
  const pid = s.child.pid;
  if (pid === undefined) throw new Error('server has no pid');
  return {
    kind,
    pid,
    port,
    wsBase,
    httpBase: `http://127.0.0.1:${port}`,
    adminToken,
    dataDir,
    rssKb: () => readRssKb(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    async stop() {
      if (s.child.exitCode !== null || s.child.signalCode !== null) return;
      s.child.kill('SIGTERM');
      const timer = setTimeout(() => s.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await s.exited;
      clearTimeout(timer);
    },
  };
}

/** The admin API's bearer token for this run (only rooms.ts uses it, to create werkgroepen). */
const ADMIN_TOKEN = crypto.randomBytes(24).toString('base64url');

/**
 * Our server (`server/main.ts`), as `npm run serve` runs it, with access control on: clients need a
 * member's session token and a document that exists (rooms.ts makes both through the API).
 */
export async function startOurs(
  dataDir: string,
  env: Record<string, string> = {},
  /** Another checkout of this repository to run our server from (bench/fanoutCompare.ts). */
  root = ROOT,
  /** With its inspector on a free port, so the bench can force a GC (`collectGarbage`). */
  inspect = false,
): Promise<BenchServer> {
  const s = spawnServer(
    [...(inspect ? ['--inspect=127.0.0.1:0'] : []), '--import', 'tsx', 'server/main.ts'],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // The RSS scenario opens hundreds of connections from 127.0.0.1…
      MAX_CONNECTIONS_PER_IP: '100000',
      // …and first creates its 510 documents through the API.
      ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    root,
  );
  const port = await waitForPort(s, (line) => {
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      return typeof entry.port === 'number' && typeof entry.url === 'string' ? entry.port : null;
    } catch {
      return null;
    }
  });
  const server = makeServer('ours', s, port, `ws://127.0.0.1:${port}/collab`, dataDir, ADMIN_TOKEN);
  if (!inspect) return server;
  // Read now: the line that names the inspector's address is printed once, at start.
  const printed = s.stderr();
  return { ...server, collectGarbage: () => collectGarbage(printed) };
}

/** The reference `@y/websocket-server` with its LevelDB persistence (YPERSISTENCE). */
export async function startRef(dataDir: string): Promise<BenchServer> {
  const wanted = await freePort();
  const s = spawnServer([REF_SERVER], {
    HOST: '127.0.0.1',
    PORT: String(wanted),
    YPERSISTENCE: dataDir,
  });
  const port = await waitForPort(s, (line) => {
    const m = /running at '.*' on port (\d+)/.exec(line);
    return m?.[1] ? Number(m[1]) : null;
  });
  return makeServer('ref', s, port, `ws://127.0.0.1:${port}`, dataDir, null);
}

export function startServer(kind: ServerKind, dataDir: string): Promise<BenchServer> {
  return kind === 'ours' ? startOurs(dataDir) : startRef(dataDir);
}
