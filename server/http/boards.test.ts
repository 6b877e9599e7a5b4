import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DOCUMENT_FIELD } from '../../shared/editor/extensions';
import { type Board, boardSchema } from '../../shared/schemas/board';
import { addNote, moveNote, readFrames, readNotes, setNoteText } from '../../shared/sync/boardDoc';
import { CloseCode } from '../../shared/sync/closeCodes';
import { boardRooms } from '../../shared/sync/rooms';
import { connectClient, flushed, openRawSocket, rawFlushed, type TestClient, waitFor } from '../test/clients';
import { type Person, setupWerkgroep, werkgroepCall } from '../test/fixtures';
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from '../test/startTestServer';

let s: TestServer;
let w: Awaited<ReturnType<typeof setupWerkgroep>>;
let facilitator: Person;
let anna: Person;
let bram: Person;
const clients: TestClient[] = [];

beforeAll(async () => {
  s = await startTestServer();
  w = await setupWerkgroep(s.url, TEST_ADMIN_TOKEN, ['bewoner', 'ambtenaar']);
  facilitator = w.facilitator;
  [anna, bram] = w.people as [Person, Person];
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.cleanup();
});

const call = (method: string, path: string, who: Person, body?: unknown) =>
  werkgroepCall(s.url, w.werkgroep.id, method, path, who, body);
const client = (room: string, who: Person) => {
  const c = connectClient(s.wsUrl, room, new Y.Doc(), who.token);
  clients.push(c);
  return c;
};
const stored = async (room: string) => {
  const doc = new Y.Doc();
  const { snapshot, updates } = await s.storage.loadDoc(room);
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
};
const author = (p: Person, group: string) => ({ memberId: p.member.id, name: p.member.displayName, group });
const createBoard = async (body: Record<string, unknown>): Promise<Board> =>
  boardSchema.parse((await call('POST', '/boards', anna, body)).body);

describe('boards', () => {
  it('a board from a template starts with its frames; members add and move notes live', async () => {
    const board = await createBoard({ title: 'Wat vinden we van de wijk?', template: 'goed_beter_ideeen' });
    const rooms = boardRooms(board.id, anna.member.id);
    const a = client(rooms.board, anna);
    const b = client(rooms.board, bram);
    await Promise.all([a.synced, b.synced]);
    expect(readFrames(a.doc).map((f) => f.title)).toEqual(['Wat gaat goed', 'Wat kan beter', 'Ideeën']);
    addNote(a.doc, {
      id: 'n1',
      text: 'Veel groen',
      color: 'geel',
      x: 100,
      y: 100,
      author: author(anna, 'bewoners'),
    });
    await waitFor(() => readNotes(b.doc).length === 1, 5000, 'note arrives');
    moveNote(b.doc, 'n1', { x: 800, y: 200 });
    await waitFor(() => readNotes(a.doc)[0]?.x === 800, 5000, 'move arrives');
  });

  it('a hidden note is not sent to anyone before it is revealed (raw frames), and then it is', async () => {
    const board = await createBoard({ title: 'Stille ronde' });
    expect((await call('PATCH', `/boards/${board.id}`, anna, { silent: true })).status).toBe(403);
    expect(
      boardSchema.parse((await call('PATCH', `/boards/${board.id}`, facilitator, { silent: true })).body)
        .silent,
    ).toBe(true);
    const annaRooms = boardRooms(board.id, anna.member.id);

    // Bram listens to the board room on a raw socket, and cannot open Anna's own room.
    const raw = await openRawSocket(`${s.wsUrl}/${annaRooms.board}?token=${bram.token}`);
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    raw.ws.send(encoding.toUint8Array(step1));
    const peek = await openRawSocket(`${s.wsUrl}/${annaRooms.mine}?token=${bram.token}`);
    expect((await peek.closed).code).toBe(4403);
    const peekFacilitator = await openRawSocket(`${s.wsUrl}/${annaRooms.mine}?token=${facilitator.token}`);
    expect((await peekFacilitator.closed).code).toBe(4403);

    const mine = client(annaRooms.mine, anna);
    await mine.synced;
    addNote(mine.doc, {
      id: 'h1',
      text: 'GEHEIM-IDEE-4711',
      color: 'roze',
      x: 10,
      y: 10,
      author: author(anna, 'bewoners'),
    });
    setNoteText(mine.doc, 'h1', 'GEHEIM-IDEE-4711 met meer bankjes');
    await flushed(mine);
    expect(readNotes(await stored(annaRooms.mine)).map((n) => n.text)).toEqual([
      'GEHEIM-IDEE-4711 met meer bankjes',
    ]);
    const seen = () => raw.messages.some((m) => Buffer.from(m).includes('GEHEIM-IDEE-4711'));
    expect(raw.messages.length).toBeGreaterThan(0);
    expect(seen()).toBe(false);

    // Revealing the officials' notes does not reveal the residents'.
    await call('PATCH', `/boards/${board.id}`, facilitator, { reveal: 'ambtenaren' });
    await rawFlushed(raw);
    expect(seen()).toBe(false);
    await call('PATCH', `/boards/${board.id}`, facilitator, { reveal: 'bewoners' });
    await waitFor(seen, 5000, 'revealed note reaches Bram');
    expect(readNotes(await stored(annaRooms.board)).map((n) => [n.text, n.author.name])).toEqual([
      ['GEHEIM-IDEE-4711 met meer bankjes', anna.member.displayName],
    ]);
    await waitFor(() => readNotes(mine.doc).length === 0, 5000, 'gone from the hidden room');
    raw.ws.close();
  });

  it('a locked frame and its notes cannot be changed by a non-facilitator; a locked board neither', async () => {
    const board = await createBoard({ title: 'Thema’s', template: 'vijf_themas' });
    const rooms = boardRooms(board.id, anna.member.id);
    const a = client(rooms.board, anna);
    await a.synced;
    const groen = readFrames(a.doc).find((f) => f.title === 'Groen');
    if (!groen) throw new Error('no frame');
    addNote(a.doc, {
      id: 'g1',
      text: 'Geveltuintjes',
      color: 'groen',
      x: groen.x + 20,
      y: 60,
      frameId: groen.id,
      author: author(anna, 'bewoners'),
    });
    await flushed(a);

    expect((await call('PATCH', `/boards/${board.id}`, anna, { lockFrame: groen.id })).status).toBe(403);
    const locked = boardSchema.parse(
      (await call('PATCH', `/boards/${board.id}`, facilitator, { lockFrame: groen.id })).body,
    );
    expect(locked.lockedFrames).toEqual([groen.id]);
    await waitFor(() => readNotes(a.doc).length === 0, 5000, 'note leaves the open room');
    expect(readFrames(a.doc).map((f) => f.title)).not.toContain('Groen');

    // In the locked room the resident reads but her changes are dropped; the facilitator's are kept.
    const al = client(rooms.locked, anna);
    await al.synced;
    expect(readNotes(al.doc).map((n) => n.text)).toEqual(['Geveltuintjes']);
    moveNote(al.doc, 'g1', { x: 9000, y: 9000 });
    setNoteText(al.doc, 'g1', 'Weg ermee');
    await flushed(al);
    expect(readNotes(await stored(rooms.locked)).map((n) => [n.text, n.x])).toEqual([
      ['Geveltuintjes', groen.x + 20],
    ]);
    const fl = client(rooms.locked, facilitator);
    await fl.synced;
    setNoteText(fl.doc, 'g1', 'Geveltuintjes in elke straat');
    await flushed(fl);
    expect(readNotes(await stored(rooms.locked))[0]?.text).toBe('Geveltuintjes in elke straat');

    // Unlocking brings it back to the open room.
    await call('PATCH', `/boards/${board.id}`, facilitator, { unlockFrame: groen.id });
    await waitFor(
      () => readNotes(a.doc).some((n) => n.text === 'Geveltuintjes in elke straat'),
      5000,
      'back',
    );

    // A locked board: the resident's socket reconnects read-only and her writes are dropped.
    const closes: number[] = [];
    a.provider.on('connection-close', (e) => {
      if (e) closes.push(e.code);
    });
    await call('PATCH', `/boards/${board.id}`, facilitator, { locked: true });
    await waitFor(() => closes.includes(CloseCode.RightsChanged), 5000, 'resident reconnects');
    await waitFor(() => a.provider.wsconnected && a.provider.synced, 5000, 'reconnected');
    addNote(a.doc, {
      id: 'x1',
      text: 'Te laat',
      color: 'geel',
      x: 1,
      y: 1,
      author: author(anna, 'bewoners'),
    });
    await flushed(a);
    expect(readNotes(await stored(rooms.board)).map((n) => n.text)).not.toContain('Te laat');
  });

  it('the facilitator runs a timer; members cannot', async () => {
    const board = await createBoard({ title: 'Met klok' });
    expect(
      (await call('PATCH', `/boards/${board.id}`, anna, { timer: { action: 'start', seconds: 300 } })).status,
    ).toBe(403);
    const started = boardSchema.parse(
      (await call('PATCH', `/boards/${board.id}`, facilitator, { timer: { action: 'start', seconds: 300 } }))
        .body,
    );
    const left = (Date.parse(started.timer.endsAt ?? '') - Date.now()) / 1000;
    expect(left).toBeGreaterThan(295);
    expect(left).toBeLessThanOrEqual(300);
    const paused = boardSchema.parse(
      (await call('PATCH', `/boards/${board.id}`, facilitator, { timer: { action: 'pause' } })).body,
    );
    expect(paused.timer).toEqual({ endsAt: null, pausedSeconds: expect.any(Number) });
    expect(paused.timer.pausedSeconds).toBeGreaterThan(295);
    expect((await call('PATCH', `/boards/${board.id}`, anna, { title: 'Nieuwe naam' })).status).toBe(200);
    expect((await call('PATCH', `/boards/${board.id}`, bram, { title: '' })).status).toBe(400);
  });
});

describe('dot rounds', () => {
  it('run on the voting engine: k dots per member, counted per group, forged dots refused, no decision', async () => {
    const board = await createBoard({ title: 'Welke ideeën eerst?' });
    const rooms = boardRooms(board.id, anna.member.id);
    const a = client(rooms.board, anna);
    await a.synced;
    for (const [id, text] of [
      ['d1', 'Bankjes'],
      ['d2', 'Speeltuin'],
      ['d3', 'Buurtfeest'],
    ] as const)
      addNote(a.doc, { id, text, color: 'geel', x: 10, y: 10, author: author(anna, 'bewoners') });
    await flushed(a);
    expect(
      (await call('PATCH', `/boards/${board.id}`, anna, { dotRound: { action: 'start', dots: 3 } })).status,
    ).toBe(403);
    const started = boardSchema.parse(
      (await call('PATCH', `/boards/${board.id}`, facilitator, { dotRound: { action: 'start', dots: 3 } }))
        .body,
    );
    const round = started.dotRound;
    if (!round) throw new Error('no round');
    expect([...round.noteIds].sort()).toEqual(['d1', 'd2', 'd3']);
    const option = (noteId: string) => `o${round.noteIds.indexOf(noteId) + 1}`;
    const ballot = (who: Person, dots: Record<string, number>) =>
      call('POST', `/votes/${round.voteId}/ballot`, who, {
        kind: 'dots',
        dots: Object.fromEntries(Object.entries(dots).map(([n, k]) => [option(n), k])),
      });
    expect((await ballot(anna, { d1: 2, d2: 2 })).body.code).toBe('ballot_invalid');
    expect((await ballot(anna, { d1: 2, d2: 1 })).status).toBe(200);
    expect((await ballot(bram, { d2: 3 })).status).toBe(200);
    const vote = (await call('GET', `/votes/${round.voteId}`, anna)).body;
    expect(vote.boardId).toBe(board.id);
    expect(vote.tally.groups.bewoners.options[option('d1')]).toEqual({ raw: 2, share: 2 / 3 });
    expect(vote.tally.groups.ambtenaren.options[option('d2')]).toEqual({ raw: 3, share: 1 });
    expect(vote.tally.winners).toEqual([option('d2')]);

    await call('PATCH', `/boards/${board.id}`, facilitator, { dotRound: { action: 'close' } });
    const closed = (await call('GET', `/votes/${round.voteId}`, anna)).body;
    expect(closed.status).toBe('closed');
    expect(closed.decisionId).toBeNull();
    expect((await call('GET', '/decisions', anna)).body).toEqual([]);
  });
});

describe('from board to document', () => {
  it('a frame becomes a section with its notes as a list and a link back; a note becomes a list item in a section', async () => {
    const board = await createBoard({ title: 'Ideeën voor het plein', template: 'goed_beter_ideeen' });
    const rooms = boardRooms(board.id, anna.member.id);
    const a = client(rooms.board, anna);
    await a.synced;
    const ideeen = readFrames(a.doc).find((f) => f.title === 'Ideeën');
    if (!ideeen) throw new Error('no frame');
    addNote(a.doc, {
      id: 't2',
      text: 'Waterspeelplaats',
      color: 'blauw',
      x: ideeen.x + 10,
      y: 400,
      frameId: ideeen.id,
      author: author(anna, 'bewoners'),
    });
    addNote(a.doc, {
      id: 't1',
      text: 'Meer bomen',
      color: 'groen',
      x: ideeen.x + 10,
      y: 100,
      frameId: ideeen.id,
      author: author(anna, 'bewoners'),
    });
    addNote(a.doc, {
      id: 't3',
      text: 'Een bankje bij de bushalte',
      color: 'geel',
      x: 10,
      y: 2000,
      author: author(anna, 'bewoners'),
    });
    await flushed(a);

    const made = await call('POST', `/boards/${board.id}/to-document`, anna, {
      documentId: w.documentId,
      frameId: ideeen.id,
      as: 'section',
    });
    expect(made.status).toBe(201);
    const sections = (
      await fetch(`${s.url}/api/documents/${w.documentId}`, {
        headers: { authorization: `Bearer ${anna.token}` },
      }).then((r) => r.json())
    ).document.sections;
    const added = sections.find((x: { id: string }) => x.id === made.body.sectionId);
    expect(added.title).toBe('Ideeën');
    const text = client(added.room, anna);
    await text.synced;
    const xml = text.doc.getXmlFragment(DOCUMENT_FIELD).toString();
    expect(xml).toMatch(/<bulletlist>.*Meer bomen.*Waterspeelplaats.*<\/bulletlist>/);
    expect(xml).toContain(`/w/${w.werkgroep.id}/borden/${board.id}`);
    expect(xml).toContain('Uit het bord “Ideeën voor het plein”');

    const listed = await call('POST', `/boards/${board.id}/to-document`, anna, {
      documentId: w.documentId,
      noteId: 't3',
      as: 'list',
      sectionId: w.sectionId,
    });
    expect(listed.status).toBe(201);
    const first = client(w.documentRoom, anna);
    await first.synced;
    await waitFor(
      () => first.doc.getXmlFragment(DOCUMENT_FIELD).toString().includes('Een bankje bij de bushalte'),
      5000,
      'list item',
    );
    expect(
      (
        await call('POST', `/boards/${board.id}/to-document`, anna, {
          documentId: w.documentId,
          noteId: 'nope',
          as: 'section',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('POST', `/boards/${board.id}/to-document`, anna, {
          documentId: w.documentId,
          noteId: 't3',
          as: 'list',
        })
      ).status,
    ).toBe(400);
  });
});
