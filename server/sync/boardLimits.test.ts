import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_LIMITS } from '../../shared/schemas/board';
import {
  addFrame,
  addNote,
  moveFrame,
  moveNote,
  NOTES,
  readNotes,
  setFrameTitle,
  setNoteColor,
  setNoteText,
} from '../../shared/sync/boardDoc';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { startTestServer, type TestServer } from '../test/startTestServer';
import { applyWithinBoardLimits, type BoardSender } from './boardLimits';

const note = (i: number) => new Y.Map<unknown>([['text', `briefje ${i}`]]);
const fill = (doc: Y.Doc, from: number, count: number) =>
  doc.transact(() => {
    for (let i = from; i < from + count; i++) doc.getMap(NOTES).set(`n${i}`, note(i));
  });

describe('[SYNC11] board limits', () => {
  it('removes only what one update added beyond the limit, never earlier notes', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    fill(client, 0, BOARD_LIMITS.notesPerBoard - 5);
    const first = Y.encodeStateAsUpdate(client);
    expect(applyWithinBoardLimits(server, () => Y.applyUpdate(server, first)).removed).toBe(0);
    const before = Y.encodeStateVector(client);
    fill(client, BOARD_LIMITS.notesPerBoard - 5, 50);
    const second = Y.encodeStateAsUpdate(client, before);
    expect(applyWithinBoardLimits(server, () => Y.applyUpdate(server, second)).removed).toBe(45);
    const notes = server.getMap(NOTES);
    expect(notes.size).toBe(BOARD_LIMITS.notesPerBoard);
    for (let i = 0; i < BOARD_LIMITS.notesPerBoard - 5; i++) expect(notes.has(`n${i}`)).toBe(true);
  });

  it('a client that adds too many notes gets the extra ones taken off; the others see the limit', async () => {
    const s: TestServer = await startTestServer({ openAccess: true });
    const clients: TestClient[] = [];
    try {
      const room = 'board:limits0000000001';
      const flooder = connectClient(s.wsUrl, room);
      const other = connectClient(s.wsUrl, room);
      clients.push(flooder, other);
      await Promise.all([flooder.synced, other.synced]);
      fill(flooder.doc, 0, BOARD_LIMITS.notesPerBoard + 100);
      await flushed(flooder);
      await waitFor(
        () => other.doc.getMap(NOTES).size === BOARD_LIMITS.notesPerBoard,
        10_000,
        'others at the limit',
      );
      await waitFor(
        () => flooder.doc.getMap(NOTES).size === BOARD_LIMITS.notesPerBoard,
        10_000,
        'sender corrected',
      );
      // What is stored is the limited board, too.
      const stored = await s.storage.loadDoc(room);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u);
      expect(doc.getMap(NOTES).size).toBe(BOARD_LIMITS.notesPerBoard);
    } finally {
      for (const c of clients) c.destroy();
      await s.cleanup();
    }
  });
});

describe('[SYNC11] board field rules', () => {
  const anna: BoardSender = {
    identity: { memberId: 'anna000000000001', werkgroepId: 'w', displayName: 'Anna', role: 'bewoner' },
    carriesAuthors: false,
  };
  const author = { memberId: 'anna000000000001', name: 'Anna', group: 'bewoners' };
  /** Applies what `change` does on a client replica to the server's doc, under the rules. */
  function send(server: Y.Doc, client: Y.Doc, change: () => void, sender = anna) {
    const before = Y.encodeStateVector(client);
    change();
    const update = Y.encodeStateAsUpdate(client, before);
    return applyWithinBoardLimits(server, () => Y.applyUpdate(server, update), sender);
  }

  it("an honest client's changes need no repair (nothing more is stored or sent)", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const ok = { removed: 0, repaired: 0 };
    expect(
      send(server, client, () => addFrame(client, { id: 'f', title: 'Groen', x: 0, y: 0, w: 600, h: 600 })),
    ).toEqual(ok);
    expect(
      send(server, client, () =>
        addNote(client, { id: 'n', text: 'Bankjes', color: 'geel', x: 10, y: 10, frameId: 'f', author }),
      ),
    ).toEqual(ok);
    expect(send(server, client, () => setNoteText(client, 'n', 'Meer bankjes'))).toEqual(ok);
    expect(send(server, client, () => setNoteColor(client, 'n', 'roze'))).toEqual(ok);
    expect(send(server, client, () => moveNote(client, 'n', { x: 400, y: 400 }))).toEqual(ok);
    expect(send(server, client, () => moveFrame(client, 'f', { x: 100, y: 100 }))).toEqual(ok);
    expect(send(server, client, () => setFrameTitle(client, 'f', 'Groener'))).toEqual(ok);
  });

  it("a note's text stays plain: embeds and formatting an update brings are taken out again", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    send(server, client, () =>
      addNote(client, { id: 'n', text: 'Bankjes', color: 'geel', x: 10, y: 10, author }),
    );
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const t = () => (client.getMap(NOTES).get('n') as Y.Map<unknown>).get('text') as Y.Text;
    const r = send(server, client, () => {
      t().insertEmbed(3, { big: 'x'.repeat(1000) });
      t().insert(0, 'Meer ', { bold: true });
      t().format(6, 3, { italic: true });
    });
    expect(r.repaired).toBeGreaterThan(0);
    const text = (server.getMap(NOTES).get('n') as Y.Map<unknown>).get('text') as Y.Text;
    expect(text.toDelta()).toEqual([{ insert: 'Meer Bankjes' }]);
    expect(readNotes(server)[0]?.text).toBe('Meer Bankjes');
  });

  it('an edit by someone else keeps the author; a forged one is put back', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    send(server, client, () =>
      addNote(client, { id: 'n', text: 'Bankjes', color: 'geel', x: 10, y: 10, author }),
    );
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const bram: BoardSender = {
      identity: { memberId: 'bram000000000001', werkgroepId: 'w', displayName: 'Bram', role: 'ambtenaar' },
      carriesAuthors: false,
    };
    const r = send(
      server,
      client,
      () => {
        moveNote(client, 'n', { x: 50, y: 50 });
        (client.getMap(NOTES).get('n') as Y.Map<unknown>).set('author', {
          ...author,
          memberId: 'bram000000000001',
        });
      },
      bram,
    );
    expect(r.repaired).toBe(1);
    expect(readNotes(server)[0]).toMatchObject({ x: 50, y: 50, author });
  });
});
