import { expect } from 'vitest';
import { board, now, seedWerkgroep } from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** STORE-BOARD*: boards (their content lives in their rooms). */
function boardRules(c: ContractScope): void {
  c.rule(
    'STORE-BOARD1',
    ['createBoard', 'listBoards', 'getBoard'],
    'a board reads back exactly; the list is oldest first',
    async () => {
      const s = c.storage;
      await s.createBoard(board({ id: 'b2', createdAt: now + 1 }));
      await s.createBoard(board());
      expect((await s.listBoards('w1')).map((b) => b.id)).toEqual(['b1', 'b2']);
      expect(await s.getBoard('b1')).toEqual(board());
      expect(await s.getBoard('nope')).toBeNull();
    },
  );

  c.rule('STORE-BOARD2', ['updateBoard'], 'an update changes only what it gives', async () => {
    const s = c.storage;
    await s.createBoard(board());
    const timer = { endsAt: null, pausedSeconds: 120 };
    const dotRound = { voteId: 'v1', noteIds: ['n1', 'n2'] };
    const next = await s.updateBoard('b1', { locked: true, lockedFrames: ['f1'], timer, dotRound });
    expect(next).toEqual(board({ locked: true, lockedFrames: ['f1'], timer, dotRound }));
    expect(await s.getBoard('b1')).toEqual(next);
    expect(await s.updateBoard('nope', { silent: true })).toBeNull();
  });
}

export function runBoardContract(backend: string, factory: StorageFactory, registry: ContractRegistry): void {
  describeStore(backend, factory, registry, { title: 'boards', seed: seedWerkgroep, rules: boardRules });
}
