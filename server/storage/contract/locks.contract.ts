import { expect } from 'vitest';
import type { RoomLock } from '../RoomLockStore';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** Whether `promise` has settled after the event loop had time to run what it waits for. */
async function settledSoon(promise: Promise<unknown>, ms = 300): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

function lockRules(c: ContractScope): void {
  c.rule(
    'STORE-LOCK1',
    ['lockRoom', 'tryLockRoom'],
    'one holder per room: others wait or are refused until it is released; other rooms and the log are free',
    async () => {
      const held = await c.storage.lockRoom('board:b1');
      expect(await c.storage.tryLockRoom('board:b1')).toBeNull();
      const next = c.storage.lockRoom('board:b1');
      expect(await settledSoon(next)).toBe(false);
      // Another room is free, and the room's own log is written and read while its lock is held.
      const other = await c.storage.tryLockRoom('board:b2');
      expect(other).not.toBeNull();
      await c.storage.appendUpdates([{ doc: 'board:b1', update: new Uint8Array([1]) }]);
      expect((await c.storage.loadDoc('board:b1')).updates).toHaveLength(1);
      await held.release();
      await held.release();
      const second = await next;
      expect(await c.storage.tryLockRoom('board:b1')).toBeNull();
      await second.release();
      await other?.release();
      const again = await c.storage.tryLockRoom('board:b1');
      expect(again).not.toBeNull();
      await again?.release();
    },
  );

  c.rule(
    'STORE-LOCK2',
    ['lockRoom', 'tryLockRoom'],
    'the lock holds across instances on the same store, and each waiter gets it in turn',
    async () => {
      const a = c.storage;
      const b = await c.another();
      const held = await a.lockRoom('doc:d1');
      expect(await b.tryLockRoom('doc:d1')).toBeNull();
      const waiting = [b.lockRoom('doc:d1'), b.lockRoom('doc:d1')];
      expect(await settledSoon(Promise.race(waiting))).toBe(false);
      await held.release();
      const order: number[] = [];
      const locks = waiting.map((p, i) =>
        p.then(async (lock) => {
          order.push(i);
          // Held alone: A cannot take it meanwhile.
          expect(await a.tryLockRoom('doc:d1')).toBeNull();
          await new Promise((resolve) => setTimeout(resolve, 20));
          await lock.release();
        }),
      );
      await Promise.all(locks);
      expect(order.sort()).toEqual([0, 1]);
      const back: RoomLock | null = await a.tryLockRoom('doc:d1');
      expect(back).not.toBeNull();
      await back?.release();
    },
  );

  c.rule(
    'STORE-LOCK3',
    ['lockRoom', 'tryLockRoom', 'close'],
    'closing a store frees the rooms it held, for the other instances',
    async () => {
      const b = await c.another();
      const held = await c.storage.lockRoom('session:m1');
      expect(await b.tryLockRoom('session:m1')).toBeNull();
      const waiting = b.lockRoom('session:m1');
      await c.storage.close();
      const lock = await waiting;
      // Releasing a lock of a closed store afterwards does nothing (and does not free B's).
      await held.release();
      expect(await c.another().then((other) => other.tryLockRoom('session:m1'))).toBeNull();
      await lock.release();
      await c.reopen();
    },
  );
}

/** STORE-LOCK1–3: room locks ([SYNC10]). */
export function runLockContract(backend: string, factory: StorageFactory, registry: ContractRegistry): void {
  describeStore(backend, factory, registry, { title: 'room locks', rules: lockRules });
}
