import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from './Storage';

/**
 * The contract every Storage implementation keeps. Call it from a test file per backend with a
 * factory that opens a fresh, empty store; `reopen` opens the same store again after close.
 */
export function runStorageContract(
  name: string,
  factory: () => Promise<{ open: () => Promise<Storage>; cleanup: () => Promise<void> }>,
): void {
  describe(`Storage contract: ${name}`, () => {
    let open: () => Promise<Storage>;
    let cleanup: () => Promise<void>;
    let storage: Storage;
    const bytes = (...values: number[]) => new Uint8Array(values);

    beforeEach(async () => {
      ({ open, cleanup } = await factory());
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
      await cleanup();
    });

    it('loads an unknown document as empty', async () => {
      expect(await storage.loadDoc('doc:nope')).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
        logBytes: 0,
      });
    });

    it('appends updates with increasing sequence numbers and loads them in order', async () => {
      const seqs = await storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:a', update: bytes(2, 2) },
      ]);
      const more = await storage.appendUpdates([{ doc: 'doc:a', update: bytes(3) }]);
      expect(seqs).toHaveLength(2);
      expect(seqs[1]).toBeGreaterThan(seqs[0] as number);
      expect(more[0]).toBeGreaterThan(seqs[1] as number);
      const loaded = await storage.loadDoc('doc:a');
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[1], [2, 2], [3]]);
      expect(loaded.lastSeq).toBe(more[0]);
      expect(loaded.logBytes).toBe(4);
    });

    it('keeps documents apart within one batch', async () => {
      await storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:b', update: bytes(9) },
        { doc: 'doc:a', update: bytes(2) },
      ]);
      expect((await storage.loadDoc('doc:a')).updates.map((u) => Array.from(u))).toEqual([[1], [2]]);
      expect((await storage.loadDoc('doc:b')).updates.map((u) => Array.from(u))).toEqual([[9]]);
    });

    it('stores a batch atomically: a failing record stores none of the batch', async () => {
      const broken = { doc: null as unknown as string, update: bytes(2) };
      await expect(storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }, broken])).rejects.toThrow();
      expect((await storage.loadDoc('doc:a')).updates).toEqual([]);
    });

    it('compacts the log through a sequence number into a snapshot and keeps later updates', async () => {
      const [s1, s2, s3] = await storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:a', update: bytes(2) },
        { doc: 'doc:a', update: bytes(3) },
      ]);
      await storage.compactDoc('doc:a', bytes(12), s2 as number);
      const loaded = await storage.loadDoc('doc:a');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([12]);
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[3]]);
      expect(loaded.lastSeq).toBe(s3);
      expect(s1).toBeLessThan(s2 as number);
    });

    it('never lets an older compaction replace a newer snapshot', async () => {
      const [s1, s2] = await storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:a', update: bytes(2) },
      ]);
      await storage.compactDoc('doc:a', bytes(12), s2 as number);
      await storage.compactDoc('doc:a', bytes(1), s1 as number);
      const loaded = await storage.loadDoc('doc:a');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([12]);
      expect(loaded.updates).toEqual([]);
      expect(loaded.lastSeq).toBe(s2);
    });

    it('deletes a document with its snapshot and log', async () => {
      const [s1] = await storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }]);
      await storage.compactDoc('doc:a', bytes(1), s1 as number);
      await storage.appendUpdates([{ doc: 'doc:a', update: bytes(2) }]);
      await storage.deleteDoc('doc:a');
      expect((await storage.loadDoc('doc:a')).snapshot).toBeNull();
      expect((await storage.loadDoc('doc:a')).updates).toEqual([]);
    });

    it('keeps everything across close and reopen', async () => {
      const [s1] = await storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }]);
      await storage.compactDoc('doc:a', bytes(1), s1 as number);
      await storage.appendUpdates([{ doc: 'doc:a', update: bytes(5, 6) }]);
      await storage.close();
      storage = await open();
      const loaded = await storage.loadDoc('doc:a');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([1]);
      expect(loaded.updates.map((u) => Array.from(u))).toEqual([[5, 6]]);
    });

    it('answers ping while open and refuses after close', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
      await storage.close();
      await expect(storage.ping()).rejects.toThrow();
      storage = await open();
    });

    it('commits a health probe and finds a healthy store intact; refuses both after close', async () => {
      await expect(storage.probeWrite()).resolves.toBeUndefined();
      await storage.appendUpdates([{ doc: 'doc:a', update: bytes(1, 2, 3) }]);
      expect(await storage.checkIntegrity()).toEqual({ status: 'ok' });
      await storage.close();
      await expect(storage.probeWrite()).rejects.toThrow();
      await expect(storage.checkIntegrity()).rejects.toThrow();
      storage = await open();
    });
  });
}
