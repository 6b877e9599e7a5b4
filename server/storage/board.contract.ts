import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardRow } from './BoardStore';
import type { Storage } from './Storage';

/** The BoardStore part of the storage contract, run against every backend. */
export function runBoardContract(
  name: string,
  factory: () => Promise<{ open: () => Promise<Storage>; cleanup: () => Promise<void> }>,
): void {
  describe(`Board contract: ${name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    const now = 1_800_000_000_000;
    const board = (over: Partial<BoardRow> = {}): BoardRow => ({
      id: 'b1',
      werkgroepId: 'w1',
      title: 'Ideeën voor het plein',
      template: 'goed_beter_ideeen',
      locked: false,
      lockedFrames: [],
      silent: false,
      timer: { endsAt: null, pausedSeconds: null },
      dotRound: null,
      createdBy: 'm1',
      createdAt: now,
      ...over,
    });
    beforeEach(async () => {
      const f = await factory();
      cleanup = f.cleanup;
      storage = await f.open();
      await storage.createWerkgroep({ id: 'w1', name: 'W', wijk: 'Wijk', gemeente: 'G', createdAt: now });
    });
    afterEach(async () => {
      await storage.close();
      await cleanup();
    });

    it('creates, lists oldest first, reads back exactly', async () => {
      await storage.createBoard(board({ id: 'b2', createdAt: now + 1 }));
      await storage.createBoard(board());
      expect((await storage.listBoards('w1')).map((b) => b.id)).toEqual(['b1', 'b2']);
      expect(await storage.getBoard('b1')).toEqual(board());
      expect(await storage.getBoard('nope')).toBeNull();
    });

    it('updates only what is given', async () => {
      await storage.createBoard(board());
      const timer = { endsAt: null, pausedSeconds: 120 };
      const dotRound = { voteId: 'v1', noteIds: ['n1', 'n2'] };
      const next = await storage.updateBoard('b1', { locked: true, lockedFrames: ['f1'], timer, dotRound });
      expect(next).toEqual(board({ locked: true, lockedFrames: ['f1'], timer, dotRound }));
      expect(await storage.getBoard('b1')).toEqual(next);
      expect(await storage.updateBoard('nope', { silent: true })).toBeNull();
    });
  });
}
