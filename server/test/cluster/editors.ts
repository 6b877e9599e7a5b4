import type pg from 'pg';
import * as Y from 'yjs';
import { connectClient, type TestClient, waitFor } from '../clients';
import type { Person } from '../fixtures';

/** A y-websocket client that types, and remembers what the server sent it. */
export interface Editor {
  client: TestClient;
  /** Characters this editor inserted. */
  typed: number;
  /** Per Yjs client id, the highest clock of what came from the server (its state vector). */
  received: Map<number, number>;
  /** Close codes of this editor's sockets, in order. */
  closes: number[];
}

export function editor(wsUrl: string, room: string, who: Person): Editor {
  const client = connectClient(wsUrl, room, undefined, who.token);
  const e: Editor = { client, typed: 0, received: new Map(), closes: [] };
  client.provider.on('connection-close', (event) => {
    e.closes.push(event?.code ?? 0);
  });
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== client.provider) return;
    for (const [id, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)))
      if (clock > (e.received.get(id) ?? 0)) e.received.set(id, clock);
  });
  return e;
}

export const text = (e: Editor) => e.client.doc.getText('t').toString();

/** Inserts one character at a random place. */
export function typeOne(e: Editor, ch: string): void {
  const t = e.client.doc.getText('t');
  t.insert(Math.floor(Math.random() * (t.length + 1)), ch);
  e.typed++;
}

/** Every editor types a character every `pauseMs` until `stop()` resolves. */
export function burst(editors: readonly Editor[], pauseMs = 15): { stop(): Promise<void> } {
  let running = true;
  const loops = editors.map(async (e, i) => {
    const ch = String.fromCharCode(97 + (i % 26));
    while (running) {
      typeOne(e, ch);
      await new Promise((r) => setTimeout(r, pauseMs + Math.random() * pauseMs));
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The room as PostgreSQL holds it now (snapshot + update log), read straight from the database. */
export async function storedDoc(db: pg.Pool, room: string): Promise<Y.Doc> {
  const { rows } = await db.query<{ data: Buffer }>(
    `SELECT data FROM doc_snapshots WHERE doc = $1
     UNION ALL SELECT data FROM (SELECT data FROM doc_updates WHERE doc = $1 ORDER BY seq) u`,
    [room],
  );
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
  return doc;
}

/** What every editor got from the server, together. */
export function receivedByAnyone(list: readonly Editor[]): Map<number, number> {
  const all = new Map<number, number>();
  for (const e of list) for (const [id, clock] of e.received) all.set(id, Math.max(all.get(id) ?? 0, clock));
  return all;
}

/** The state vector of what PostgreSQL holds of a room. */
export async function storedVector(db: pg.Pool, room: string): Promise<Map<number, number>> {
  return Y.decodeStateVector(Y.encodeStateVector(await storedDoc(db, room)));
}

/** The (client, clock) pairs of `wanted` that `have` lacks, e.g. "12345:7<9". */
export function missing(wanted: Map<number, number>, have: Map<number, number>): string[] {
  return [...wanted]
    .filter(([id, clock]) => (have.get(id) ?? 0) < clock)
    .map(([id, clock]) => `${id}:${have.get(id) ?? 0}<${clock}`);
}

/** Waits until every editor is connected, synced and shows the same text. */
export async function converged(editors: readonly Editor[], timeoutMs = 30_000): Promise<string> {
  try {
    await waitFor(
      () =>
        editors.every((e) => e.client.provider.wsconnected && e.client.provider.synced) &&
        editors.every((e) => text(e) === text(editors[0] as Editor)),
      timeoutMs,
      'editors converge',
    );
  } catch (error) {
    const states = editors.map(
      (e) =>
        `connected=${e.client.provider.wsconnected} synced=${e.client.provider.synced} length=${text(e).length} typed=${e.typed} closes=${e.closes.join(',')}`,
    );
    throw new Error(`${(error as Error).message}: ${states.join('; ')}`);
  }
  return text(editors[0] as Editor);
}
