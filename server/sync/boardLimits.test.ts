import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_LIMITS } from '../../shared/schemas/board';
import { NOTES } from '../../shared/sync/boardDoc';
import { connectClient, flushed, type TestClient, waitFor } from '../test/clients';
import { startTestServer, type TestServer } from '../test/startTestServer';
import { applyWithinBoardLimits } from './boardLimits';

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
    expect(applyWithinBoardLimits(server, () => Y.applyUpdate(server, first))).toBe(0);
    const before = Y.encodeStateVector(client);
    fill(client, BOARD_LIMITS.notesPerBoard - 5, 50);
    const second = Y.encodeStateAsUpdate(client, before);
    expect(applyWithinBoardLimits(server, () => Y.applyUpdate(server, second))).toBe(45);
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
