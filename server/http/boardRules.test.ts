import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_LIMITS, type Board, boardSchema } from '../../shared/schemas/board';
import {
  addFrame,
  addNote,
  FRAMES,
  moveNote,
  NOTES,
  readFrames,
  readNotes,
  removeItems,
} from '../../shared/sync/boardDoc';
import { boardRooms } from '../../shared/sync/rooms';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

/**
 * [SYNC11] Board rules kept by the server, tested with modified clients: stock providers whose docs
 * are written directly (not through shared/sync/boardDoc.ts), as a forged client would.
 */
let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;
let dirk: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  [anna, dirk] = w.people as [Person, Person];
  for (const p of [anna, dirk]) await call('PATCH', '/members/me', p, { namedInExport: true });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

async function call(method: string, path: string, who: Person, body?: unknown) {
  const res = await fetch(`${s.url}/api/werkgroepen/${w.werkgroep.id}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${who.token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(res.ok, `${method} ${path}`).toBe(true);
  return bytes;
}
const createBoard = async (title: string): Promise<Board> =>
  boardSchema.parse(JSON.parse(new TextDecoder().decode(await call('POST', '/boards', anna, { title }))));
async function client(room: string, who: Person) {
  const c = connectClient(s.wsUrl, room, new Y.Doc(), who.token);
  clients.push(c);
  await c.synced;
  return c;
}
const asDirk = { memberId: '', name: 'dirk', group: 'ambtenaren' };
/** A note as a forged client writes it: any fields, any values. */
function rawNote(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) m.set(k, v);
    doc.getMap(NOTES).set(id, m);
  });
}
const text = (s: string) => {
  const t = new Y.Text();
  t.insert(0, s);
  return t;
};
const note = (c: TestClient, id: string) => readNotes(c.doc).find((n) => n.id === id);

describe('[SYNC11] board authors come from the connection', () => {
  it("a resident's note that names an official as its author shows the resident, everywhere and in the archive", async () => {
    asDirk.memberId = dirk.member.id;
    const board = await createBoard('Wie schreef wat?');
    const room = boardRooms(board.id, anna.member.id).board;
    const forger = await client(room, anna);
    const other = await client(room, dirk);
    rawNote(forger.doc, 'n1', {
      text: text('Het plan van de gemeente is slecht'),
      color: 'geel',
      x: 100,
      y: 100,
      z: 'a0',
      frameId: null,
      author: asDirk,
      createdAt: '2999-01-01T00:00:00.000Z',
    });
    await flushed(forger);
    const annaAuthor = { memberId: anna.member.id, name: anna.member.displayName, group: 'bewoners' };
    await waitFor(() => note(other, 'n1')?.author.memberId === anna.member.id, 5000, 'stamped author');
    expect(note(other, 'n1')?.author).toEqual(annaAuthor);
    expect(note(other, 'n1')?.createdAt).not.toBe('2999-01-01T00:00:00.000Z');
    // The sender gets the correction too.
    await waitFor(() => note(forger, 'n1')?.author.memberId === anna.member.id, 5000, 'sender corrected');

    // Changing the author of an existing note (someone else's or one's own) is put back.
    forger.doc.transact(() => (forger.doc.getMap(NOTES).get('n1') as Y.Map<unknown>).set('author', asDirk));
    moveNote(other.doc, 'n1', { x: 600, y: 300 });
    await flushed(forger);
    await flushed(other);
    await waitFor(() => note(other, 'n1')?.x === 600, 5000, 'move arrives');
    expect(note(other, 'n1')?.author).toEqual(annaAuthor);
    expect(note(forger, 'n1')?.author).toEqual(annaAuthor);

    const files = unzipSync(await call('GET', '/archive', facilitator));
    const boardFile = Object.keys(files).find((f) => f.startsWith('borden/wie-schreef-wat'));
    const archived = JSON.parse(new TextDecoder().decode(files[boardFile ?? ''])) as {
      notes: { text: string; author: string | null; group: string }[];
    };
    expect(archived.notes).toEqual([
      expect.objectContaining({ author: anna.member.displayName, group: 'bewoners' }),
    ]);
  });

  it('the facilitator moving a note into a locked frame keeps who wrote it', async () => {
    const board = await createBoard('Verplaatsen');
    const rooms = boardRooms(board.id, facilitator.member.id);
    const a = await client(rooms.board, anna);
    addNote(a.doc, {
      id: 'm1',
      text: 'Bankjes',
      color: 'groen',
      x: 10,
      y: 10,
      author: { memberId: anna.member.id, name: anna.member.displayName, group: 'bewoners' },
    });
    await flushed(a);
    const onBoard = await client(rooms.board, facilitator);
    const locked = await client(rooms.locked, facilitator);
    await waitFor(() => note(onBoard, 'm1') !== undefined, 5000, 'note on the board');
    // As the board's client does it (commands.ts relocate): add in the other room, then delete.
    const moved = note(onBoard, 'm1');
    if (!moved) throw new Error('no note');
    addNote(locked.doc, moved);
    onBoard.doc.getMap(NOTES).delete('m1');
    await flushed(locked);
    const check = await client(rooms.locked, dirk);
    expect(note(check, 'm1')?.author.memberId).toBe(anna.member.id);
  });
});

describe('[SYNC11] board limits are kept by the server', () => {
  it('oversize texts and titles, wrong colours, positions and extra fields are repaired; earlier text stays', async () => {
    const board = await createBoard('Grenzen');
    const room = boardRooms(board.id, anna.member.id).board;
    const forger = await client(room, anna);
    const other = await client(room, dirk);
    const before = 'Eerdere tekst die blijft. '.repeat(20).slice(0, 480);
    addNote(forger.doc, {
      id: 'keep',
      text: before,
      color: 'geel',
      x: 0,
      y: 0,
      author: { memberId: anna.member.id, name: anna.member.displayName, group: 'bewoners' },
    });
    await flushed(forger);
    rawNote(forger.doc, 'huge', {
      text: text('x'.repeat(200_000)),
      color: 'zwart',
      x: 1e9,
      y: -5,
      z: 'z'.repeat(10_000),
      frameId: null,
      author: asDirk,
      createdAt: 'gisteren',
      payload: 'y'.repeat(10_000),
    });
    rawNote(forger.doc, 'plain', { text: 'p'.repeat(2000), color: 'blauw', x: 5, y: 5 });
    forger.doc.transact(() => {
      const f = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ title: 't'.repeat(5000), x: 1, y: 1, w: 5, h: 1e7, z: 'a1' }))
        f.set(k, v);
      forger.doc.getMap(FRAMES).set('f1', f);
      // 1000 characters typed into the middle of a note that already had 480.
      const t = (forger.doc.getMap(NOTES).get('keep') as Y.Map<unknown>).get('text') as Y.Text;
      t.insert(10, 'i'.repeat(1000));
    });
    await flushed(forger);

    await waitFor(() => (note(other, 'huge')?.text.length ?? 0) === BOARD_LIMITS.noteTextMax, 5000, 'cut');
    await waitFor(() => note(other, 'keep')?.text.length === BOARD_LIMITS.noteTextMax, 5000, 'cut insert');
    const huge = note(other, 'huge');
    expect(huge).toMatchObject({ color: 'geel', x: BOARD_LIMITS.canvasSize, y: 0 });
    expect(huge?.author.memberId).toBe(anna.member.id);
    expect((other.doc.getMap(NOTES).get('huge') as Y.Map<unknown>).has('payload')).toBe(false);
    expect(huge?.z.length).toBeLessThanOrEqual(64);
    expect(note(other, 'plain')?.text).toBe('p'.repeat(BOARD_LIMITS.noteTextMax));
    // What was there before the insert is all still there, in order.
    const kept = note(other, 'keep')?.text ?? '';
    expect(kept.slice(0, 10) + kept.slice(30)).toBe(before);
    expect(kept.slice(10, 30)).toBe('i'.repeat(20));
    expect(readFrames(other.doc)).toEqual([
      expect.objectContaining({ id: 'f1', title: 't'.repeat(80), w: 80, h: BOARD_LIMITS.canvasSize }),
    ]);
    // The sender is corrected too, and the stored room holds the repaired board.
    await waitFor(() => note(forger, 'huge')?.text.length === BOARD_LIMITS.noteTextMax, 5000, 'sender');
    const stored = new Y.Doc();
    const { snapshot, updates } = await s.storage.loadDoc(room);
    if (snapshot) Y.applyUpdate(stored, snapshot);
    for (const u of updates) Y.applyUpdate(stored, u);
    expect(readNotes(stored).map((n) => n.text.length)).toEqual([500, 500, 500]);
  });
});

describe('a frame lock cut short between its room moves and its database write', () => {
  it('is finished by locking again, or undone by unlocking: what counts is where the frame is', async () => {
    const board = await createBoard('Half op slot');
    const rooms = boardRooms(board.id, facilitator.member.id);
    const f = await client(rooms.board, facilitator);
    addFrame(f.doc, { id: 'fr1', title: 'Groen', x: 0, y: 0, w: 600, h: 600 });
    await flushed(f);
    /** The rooms as a lock leaves them when the process dies before it records the lock. */
    const moveWithoutRecord = async () => {
      const frame = await s.sync.read(rooms.board, (doc) => readFrames(doc).find((x) => x.id === 'fr1'));
      if (!frame) throw new Error('no frame');
      await s.sync.write(rooms.locked, (doc) => addFrame(doc, frame));
      await s.sync.write(rooms.board, (doc) => removeItems(doc, { notes: [], frames: ['fr1'] }));
    };
    const where = async () => ({
      board: await s.sync.read(rooms.board, (doc) => readFrames(doc).some((x) => x.id === 'fr1')),
      locked: await s.sync.read(rooms.locked, (doc) => readFrames(doc).some((x) => x.id === 'fr1')),
    });
    const patch = async (body: Record<string, unknown>) =>
      boardSchema.parse(
        JSON.parse(new TextDecoder().decode(await call('PATCH', `/boards/${board.id}`, facilitator, body))),
      );

    await moveWithoutRecord();
    expect((await patch({ unlockFrame: 'fr1' })).lockedFrames).toEqual([]);
    expect(await where()).toEqual({ board: true, locked: false });

    await moveWithoutRecord();
    expect((await patch({ lockFrame: 'fr1' })).lockedFrames).toEqual(['fr1']);
    expect(await where()).toEqual({ board: false, locked: true });
  });
});
