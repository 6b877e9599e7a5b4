import { type BenchClient, connectMany, destroyAll, sleep } from './clients';
import type { BenchRoom } from './rooms';
import type { BenchServer } from './servers';
import { median, round } from './stats';

/** RSS of the server process (KiB) once it has stopped moving, and how long that took. */
export interface RssPoint {
  kb: number;
  settledAfterMs: number;
  /** False when RSS was still moving at the time limit (the figure is then less certain). */
  stable: boolean;
}

export interface RssResult {
  roomKind: 'board' | 'doc';
  docs: number;
  contentChars: number;
  before: RssPoint;
  after: RssPoint;
  /** (after − before) / docs: one open document with its one connection. */
  perDocKb: number;
  /** Where the server can be made to collect garbage (bench/cluster.ts): V8 heap in use after a full GC, per document. */
  heapPerDocKb?: number;
  heapBeforeKb?: number;
  heapAfterKb?: number;
}

const CONTENT =
  'Op de bewonersavond van dinsdag is besproken hoe het speelveld achter de school er over twee jaar ' +
  'uit moet zien. Er kwamen veel ideeën: meer groen, een plek om te zitten voor ouderen, betere ' +
  'verlichting langs het fietspad en een moestuin die de buurt samen onderhoudt. Wie wil meedenken?';

const SAMPLE_EVERY_MS = 250;
/** RSS counts as settled when the last WINDOW samples span at most TOLERANCE_KB… */
const WINDOW = 8;
const TOLERANCE_KB = 384;
/**
 * …and at least MIN_SETTLE_MS have passed: a few seconds after a burst of allocation, V8 gives
 * back some of the heap it grew (about 10 MB for our server after 500 documents), so a reading
 * taken after a fixed 1–2 s would charge that transient memory to the documents.
 */
const MIN_SETTLE_MS = 4000;
const MAX_SETTLE_MS = 10_000;

async function settledRss(server: BenchServer): Promise<RssPoint> {
  const started = performance.now();
  const samples: number[] = [];
  for (;;) {
    samples.push(server.rssKb());
    const recent = samples.slice(-WINDOW);
    const elapsed = performance.now() - started;
    const stable = recent.length === WINDOW && Math.max(...recent) - Math.min(...recent) <= TOLERANCE_KB;
    if ((stable && elapsed >= MIN_SETTLE_MS) || elapsed >= MAX_SETTLE_MS) {
      return { kb: median(recent), settledAfterMs: Math.round(elapsed), stable };
    }
    await sleep(SAMPLE_EVERY_MS);
  }
}

/** Writes CONTENT in three updates, as a short typing session would. */
function write(client: BenchClient): void {
  const text = client.doc.getText('content');
  const third = Math.ceil(CONTENT.length / 3);
  for (let i = 0; i < CONTENT.length; i += third) text.insert(i, CONTENT.slice(i, i + third));
}

const WARMUP_DOCS = 10;

/** The room names rssPerDoc opens: WARMUP_DOCS warm-up documents, then `docs` measured ones. */
export function rssRoomNames(roomKind: 'board' | 'doc', docs: number): string[] {
  const names = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${roomKind}:${prefix}${i}`);
  return [...names('warm', WARMUP_DOCS), ...names('rss', docs)];
}

/**
 * RSS per open document on a freshly started server, on `rooms` (from rssRoomNames; on our server
 * real documents, made by an earlier process on the same data directory). A warm-up first opens and writes 10 documents (code paths, caches and storage buffers are then paid
 * for), then RSS is read once settled. Then `docs` new documents are opened, each by one client that
 * writes ~300 characters (three updates) and stays connected, and RSS is read once settled again.
 * What is counted: the loaded document, its room bookkeeping, its one websocket connection (with
 * its access check), whatever storage buffers the writes left behind and any heap growth the server
 * keeps (no forced GC).
 */
export async function rssPerDoc(
  server: BenchServer,
  roomKind: 'board' | 'doc',
  rooms: readonly BenchRoom[],
  /** Documents opened before the first reading (bench/cluster.ts opens more: see there). */
  warmupDocs = WARMUP_DOCS,
): Promise<RssResult> {
  const docs = rooms.length - warmupDocs;
  const opened: BenchClient[][] = [];
  const openDocs = async (some: readonly BenchRoom[]) => {
    const clients = await connectMany(server.wsBase, some);
    opened.push(clients);
    for (const c of clients) write(c);
  };
  try {
    await openDocs(rooms.slice(0, warmupDocs));
    // Where the server lets us (bench/cluster.ts), a full GC first: else a collection of what the start
    // left can fall between the two readings and outweigh hundreds of documents.
    const heapBefore = await server.collectGarbage?.();
    const before = await settledRss(server);
    await openDocs(rooms.slice(warmupDocs));
    const heapAfter = await server.collectGarbage?.();
    const after = await settledRss(server);
    const closed = opened.flat().flatMap((c) => c.closeCodes);
    if (closed.length > 0) throw new Error(`server closed RSS clients: ${closed.join(',')}`);
    return {
      roomKind,
      docs,
      contentChars: CONTENT.length,
      before,
      after,
      perDocKb: round((after.kb - before.kb) / docs, 2),
      ...(heapBefore !== undefined && heapAfter !== undefined
        ? {
            heapPerDocKb: round((heapAfter - heapBefore) / docs, 2),
            heapBeforeKb: heapBefore,
            heapAfterKb: heapAfter,
          }
        : {}),
    };
  } finally {
    for (const clients of opened) destroyAll(clients);
  }
}
