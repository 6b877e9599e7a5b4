/**
 * `npm run bench`: our sync server against the reference @y/websocket-server (LevelDB persistence),
 * each as a child process on loopback, alternating over CONFIG.rounds rounds; medians are reported.
 * See bench/README.md for what each figure means.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coldLoadRound } from './coldload';
import { CONFIG } from './config';
import { describeOurs, makeFixture, measureCommitLatency, profileOursLoad, writeFixtures } from './fixtures';
import {
  buildRows,
  formatNotes,
  formatTable,
  type RoundResult,
  type ServerRound,
  writeResults,
} from './report';
import { type BenchRoom, prepareRooms } from './rooms';
import { rssPerDoc, rssRoomNames } from './rss';
import { fanout, throughput } from './scenarios';
import { type BenchServer, killAllServers, type ServerKind, startServer } from './servers';
import { round } from './stats';

const startedAt = new Date();
const t0 = performance.now();
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkatelier-bench-'));
/** For the diagnostic run of our server without real fsync (null when there is no /dev/shm). */
const shmRoot = fs.existsSync('/dev/shm') ? fs.mkdtempSync('/dev/shm/wijkatelier-bench-') : null;

function cleanup(): void {
  killAllServers();
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  if (shmRoot) fs.rmSync(shmRoot, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping servers and removing ${tmpRoot}`);
    process.exit(130);
  });
}

let dirCounter = 0;
function freshDir(label: string, root = tmpRoot): string {
  const dir = path.join(root, `${String(++dirCounter).padStart(3, '0')}-${label}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)}s`;
const progress = (msg: string) => console.log(`[${elapsed()}] ${msg}`);

/**
 * A freshly started server on a fresh data directory, with one room per entry of `names` (ours:
 * real documents and a member's token, made through the API by an earlier process, see rooms.ts).
 */
async function withServer<T>(
  kind: ServerKind,
  label: string,
  names: readonly string[],
  use: (s: BenchServer, rooms: BenchRoom[]) => Promise<T>,
  root = tmpRoot,
): Promise<T> {
  const dir = freshDir(`${kind}-${label}`, root);
  const rooms = await prepareRooms(kind, dir, names);
  const server = await startServer(kind, dir);
  try {
    return await use(server, rooms);
  } finally {
    await server.stop();
  }
}

type Fixtures = Awaited<ReturnType<typeof writeFixtures>>;

/** One round: each server in turn (alternating who goes first) through every scenario. */
async function runRound(r: number, fixtures: Fixtures, fixture: ReturnType<typeof makeFixture>) {
  const order: ServerKind[] = r % 2 === 0 ? ['ours', 'ref'] : ['ref', 'ours'];
  const acc: Record<ServerKind, Partial<ServerRound>> = { ours: {}, ref: {} };
  const tag = `r${r}`;
  for (const kind of order) {
    progress(`round ${r + 1}/${CONFIG.rounds} ${kind}: fan-out N=20, N=100, throughput`);
    const room = (name: string) => `${CONFIG.trafficRoomKind}:${name}${tag}`;
    const trafficRooms = [room('fanout20'), room('fanout100'), room('throughput')];
    await withServer(kind, 'traffic', trafficRooms, async (s, rooms) => {
      const [f20, f100, thr] = rooms as [BenchRoom, BenchRoom, BenchRoom];
      acc[kind].fanout20 = await fanout(s, f20, { clients: 20, ...CONFIG.fanout });
      acc[kind].fanout100 = await fanout(s, f100, { clients: 100, ...CONFIG.fanout });
      acc[kind].throughput = await throughput(s, thr, CONFIG.throughput);
    });
    acc[kind].fanout20Tmpfs =
      kind === 'ours' && shmRoot
        ? await withServer(
            kind,
            'tmpfs',
            [room('fanout20shm')],
            (s, [shm]) => fanout(s, shm as BenchRoom, { clients: 20, ...CONFIG.fanout }),
            shmRoot,
          )
        : null;
  }
  for (const kind of order) {
    progress(`round ${r + 1}/${CONFIG.rounds} ${kind}: RSS per open document (${CONFIG.rss.docs} docs)`);
    // Ours: documents' section rooms (gc on), the only rooms a bench client can open there; the reference as before.
    const roomKind = kind === 'ours' ? 'doc' : 'board';
    const names = rssRoomNames(roomKind, CONFIG.rss.docs);
    acc[kind].rss = await withServer(kind, 'rss', names, (s, rooms) => rssPerDoc(s, roomKind, rooms));
  }
  for (const kind of order) {
    progress(`round ${r + 1}/${CONFIG.rounds} ${kind}: cold load (100k-update log, restart, snapshot)`);
    acc[kind].coldLoad = await coldLoadRound(kind, fixtures, fixture, freshDir(`${kind}-cold`));
  }
  // Finished rounds' data directories are not needed any more.
  for (const entry of fs.readdirSync(tmpRoot)) {
    if (entry !== path.basename(path.dirname(fixtures.oursLog))) {
      fs.rmSync(path.join(tmpRoot, entry), { recursive: true, force: true });
    }
  }
  return { round: r + 1, order, ours: complete(acc.ours), ref: complete(acc.ref) };
}

async function main(): Promise<void> {
  console.log(`Wijkatelier sync benchmark: ours vs @y/websocket-server (LevelDB), ${CONFIG.rounds} rounds`);
  progress(`building the ${CONFIG.coldLoad.updates}-update fixture and writing it to both storages…`);
  const fixture = makeFixture(CONFIG.coldLoad.room, CONFIG.coldLoad.updates);
  const fixtures = await writeFixtures(freshDir('fixtures'), fixture);
  const storedFixture = describeOurs(fixtures.oursLog, fixtures.oursRoom.name);
  const loadProfile = await profileOursLoad(fixtures.oursLog, fixtures.oursRoom.name);
  const commitLatency = await measureCommitLatency(freshDir('commit-probe'));
  progress(
    `fixture written (${JSON.stringify(fixtures.writeMs)} ms); one durable SQLite commit: ` +
      `p50 ${commitLatency.p50Ms} ms, p99 ${commitLatency.p99Ms} ms`,
  );

  const rounds: RoundResult[] = [];
  for (let r = 0; r < CONFIG.rounds; r++) rounds.push(await runRound(r, fixtures, fixture));

  const rows = buildRows(rounds);
  const wallSeconds = round((performance.now() - t0) / 1000, 1);
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  console.log(formatNotes(CONFIG, rounds, storedFixture, commitLatency, loadProfile));
  const file = writeResults(
    {
      startedAt: startedAt.toISOString(),
      wallSeconds,
      machine: machine(),
      config: CONFIG,
      commitLatency,
      fixture: {
        room: fixture.room,
        oursRoom: fixtures.oursRoom.name,
        oursSetupMs: fixtures.oursSetupMs,
        updates: fixture.updates.length,
        updateBytes: fixture.updateBytes,
        snapshotBytes: fixture.snapshot.byteLength,
        textLength: fixture.textLength,
        writeMs: fixtures.writeMs,
        oursStoredBeforeLoad: storedFixture,
        oursLoadProfileInBenchProcess: loadProfile,
      },
      medians: rows,
      rounds,
    },
    startedAt,
  );
  console.log(`results: ${path.relative(process.cwd(), file)} (and bench/results/latest.json)`);
  console.log(`wall time: ${wallSeconds} s`);
}

/** The machine the figures were measured on. */
const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  totalMemMb: Math.round(os.totalmem() / 2 ** 20),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString(),
});

function complete(p: Partial<ServerRound>): ServerRound {
  const { fanout20, fanout100, fanout20Tmpfs, throughput: thr, rss, coldLoad } = p;
  if (!fanout20 || !fanout100 || fanout20Tmpfs === undefined || !thr) throw new Error('no traffic result');
  if (!rss || !coldLoad) throw new Error('no RSS or cold-load result');
  return { fanout20, fanout100, fanout20Tmpfs, throughput: thr, rss, coldLoad };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchmark failed after ${elapsed()}:`, error);
    process.exit(1);
  },
);
