import { expect } from 'vitest';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

const bytes = (...values: number[]) => new Uint8Array(values);
const contents = (updates: Uint8Array[]) => updates.map((u) => Array.from(u));

/** STORE-DOC1–4: appending to a document's log and reading it back. */
function logRules(c: ContractScope): void {
  c.rule(
    'STORE-DOC1',
    ['appendUpdates', 'compactDoc', 'loadDoc'],
    'an appended update and a snapshot are readable after reopen',
    async () => {
      const [s1] = await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }]);
      await c.storage.compactDoc('doc:a', bytes(1), s1 as number);
      await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(5, 6) }]);
      const loaded = await (await c.reopen()).loadDoc('doc:a');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([1]);
      expect(contents(loaded.updates)).toEqual([[5, 6]]);
    },
  );

  c.rule('STORE-DOC2', ['loadDoc'], 'an unknown document loads as empty', async () => {
    expect(await c.storage.loadDoc('doc:nope')).toEqual({
      snapshot: null,
      updates: [],
      lastSeq: 0,
      logBytes: 0,
    });
  });

  c.rule(
    'STORE-DOC3',
    ['appendUpdates', 'loadDoc'],
    'appends get increasing sequence numbers and load in order',
    async () => {
      const seqs = await c.storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:a', update: bytes(2, 2) },
      ]);
      const more = await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(3) }]);
      expect(seqs).toHaveLength(2);
      expect(seqs[1]).toBeGreaterThan(seqs[0] as number);
      expect(more[0]).toBeGreaterThan(seqs[1] as number);
      const loaded = await c.storage.loadDoc('doc:a');
      expect(contents(loaded.updates)).toEqual([[1], [2, 2], [3]]);
      expect(loaded.lastSeq).toBe(more[0]);
      expect(loaded.logBytes).toBe(4);
    },
  );

  c.rule('STORE-DOC4', ['appendUpdates', 'loadDoc'], 'documents in one batch stay apart', async () => {
    await c.storage.appendUpdates([
      { doc: 'doc:a', update: bytes(1) },
      { doc: 'doc:b', update: bytes(9) },
      { doc: 'doc:a', update: bytes(2) },
    ]);
    expect(contents((await c.storage.loadDoc('doc:a')).updates)).toEqual([[1], [2]]);
    expect(contents((await c.storage.loadDoc('doc:b')).updates)).toEqual([[9]]);
  });

  c.rule(
    'STORE-DOC5',
    ['appendUpdates'],
    'a batch is atomic: a failing record stores none of the batch',
    async () => {
      const broken = { doc: null as unknown as string, update: bytes(2) };
      await expect(c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }, broken])).rejects.toThrow();
      expect((await c.storage.loadDoc('doc:a')).updates).toEqual([]);
    },
  );
}

/** STORE-DOC6–8: folding the log into a snapshot, and removing a document. */
function compactionRules(c: ContractScope): void {
  c.rule(
    'STORE-DOC6',
    ['compactDoc'],
    'compaction folds the log through a sequence number and keeps later updates',
    async () => {
      const [s1, s2, s3] = await c.storage.appendUpdates([
        { doc: 'doc:a', update: bytes(1) },
        { doc: 'doc:a', update: bytes(2) },
        { doc: 'doc:a', update: bytes(3) },
      ]);
      await c.storage.compactDoc('doc:a', bytes(12), s2 as number);
      const loaded = await c.storage.loadDoc('doc:a');
      expect(Array.from(loaded.snapshot ?? [])).toEqual([12]);
      expect(contents(loaded.updates)).toEqual([[3]]);
      expect(loaded.lastSeq).toBe(s3);
      expect(s1).toBeLessThan(s2 as number);
    },
  );

  c.rule('STORE-DOC7', ['compactDoc'], 'an older compaction never replaces a newer snapshot', async () => {
    const [s1, s2] = await c.storage.appendUpdates([
      { doc: 'doc:a', update: bytes(1) },
      { doc: 'doc:a', update: bytes(2) },
    ]);
    await c.storage.compactDoc('doc:a', bytes(12), s2 as number);
    await c.storage.compactDoc('doc:a', bytes(1), s1 as number);
    const loaded = await c.storage.loadDoc('doc:a');
    expect(Array.from(loaded.snapshot ?? [])).toEqual([12]);
    expect(loaded.updates).toEqual([]);
    expect(loaded.lastSeq).toBe(s2);
  });

  c.rule('STORE-DOC8', ['deleteDoc'], 'deleting a document removes its snapshot and log', async () => {
    const [s1] = await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(1) }]);
    await c.storage.compactDoc('doc:a', bytes(1), s1 as number);
    await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(2) }]);
    await c.storage.deleteDoc('doc:a');
    expect((await c.storage.loadDoc('doc:a')).snapshot).toBeNull();
    expect((await c.storage.loadDoc('doc:a')).updates).toEqual([]);
  });
}

/** STORE-HEALTH*: the backend answers while open and refuses everything once closed. */
function healthRules(c: ContractScope): void {
  c.rule('STORE-HEALTH1', ['ping', 'close'], 'ping answers while open and rejects after close', async () => {
    await expect(c.storage.ping()).resolves.toBeUndefined();
    await c.storage.close();
    await expect(c.storage.ping()).rejects.toThrow();
    await c.reopen();
  });

  c.rule(
    'STORE-HEALTH2',
    ['probeWrite', 'checkIntegrity'],
    'a health probe commits and a healthy store is intact; both reject after close',
    async () => {
      await expect(c.storage.probeWrite()).resolves.toBeUndefined();
      await c.storage.appendUpdates([{ doc: 'doc:a', update: bytes(1, 2, 3) }]);
      expect(await c.storage.checkIntegrity()).toEqual({ status: 'ok' });
      await c.storage.close();
      await expect(c.storage.probeWrite()).rejects.toThrow();
      await expect(c.storage.checkIntegrity()).rejects.toThrow();
      await c.reopen();
    },
  );

  c.rule(
    'STORE-HEALTH3',
    ['close'],
    'after close every store method rejects, and closing again does nothing',
    async () => {
      await c.storage.close();
      await expect(c.storage.close()).resolves.toBeUndefined();
      await expect(c.storage.loadDoc('doc:a')).rejects.toThrow();
      await expect(c.storage.getWerkgroep('w1')).rejects.toThrow();
      await expect(c.storage.listVotes('w1')).rejects.toThrow();
      await expect(c.storage.getBoard('b1')).rejects.toThrow();
      await expect(c.storage.listRunningMeetings()).rejects.toThrow();
      await c.reopen();
    },
  );
}

export function runDocContract(backend: string, factory: StorageFactory, registry: ContractRegistry): void {
  describeStore(backend, factory, registry, { title: 'document updates and snapshots', rules: logRules });
  describeStore(backend, factory, registry, { title: 'compaction', rules: compactionRules });
  describeStore(backend, factory, registry, { title: 'health and lifetime', rules: healthRules });
}
