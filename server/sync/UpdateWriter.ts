import type { Storage } from '../storage/Storage';

/** What the writer needs of a room: where its updates go and whom to tell once they are stored. */
export interface WriterTarget {
  readonly name: string;
  /** Called with the highest sequence number stored for this room in a committed batch. */
  committed(batch: number, lastSeq: number, count: number, bytes: number): void;
  /** Called when a batch holding updates of this room could not be stored. */
  failed(error: unknown): void;
}

/**
 * Group commit ([SYNC1]): every update that arrives within one event-loop tick is written in one
 * transaction; a room learns that its updates are durable through `committed`, and only then
 * relays them. Batches are committed one after another, in order, so a later batch never becomes
 * visible before an earlier one.
 */
/** How the latest group commit ended, for the health check. */
export interface CommitOutcome {
  ok: boolean;
  at: number;
}

export class UpdateWriter {
  /** The latest group commit's outcome; null before the first. */
  lastCommit: CommitOutcome | null = null;
  private queue: { target: WriterTarget; update: Uint8Array }[] = [];
  /** The batch that updates enqueued now will belong to. */
  private currentBatch = 1;
  private committedBatch = 0;
  private scheduled = false;
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly storage: Storage) {}

  /** Queues an update; returns the number of the batch it will be committed in. */
  enqueue(target: WriterTarget, update: Uint8Array): number {
    this.queue.push({ target, update });
    this.schedule();
    return this.currentBatch;
  }

  isCommitted(batch: number): boolean {
    return batch <= this.committedBatch;
  }

  /** Resolves when everything enqueued so far has been committed (or has failed). */
  async drain(): Promise<void> {
    if (this.queue.length === 0 && this.running === null) return;
    await new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.schedule();
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.running !== null) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.flushLoop().finally(() => {
        this.running = null;
        if (this.queue.length > 0) this.schedule();
        else for (const wake of this.idleWaiters.splice(0)) wake();
      });
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.currentBatch++;
      const items = this.queue;
      this.queue = [];
      try {
        const seqs = await this.storage.appendUpdates(
          items.map(({ target, update }) => ({ doc: target.name, update })),
        );
        this.committedBatch = batch;
        this.lastCommit = { ok: true, at: Date.now() };
        const perTarget = new Map<WriterTarget, { lastSeq: number; count: number; bytes: number }>();
        items.forEach(({ target, update }, i) => {
          const entry = perTarget.get(target) ?? { lastSeq: 0, count: 0, bytes: 0 };
          entry.lastSeq = Math.max(entry.lastSeq, seqs[i] ?? 0);
          entry.count += 1;
          entry.bytes += update.byteLength;
          perTarget.set(target, entry);
        });
        for (const [target, e] of perTarget) target.committed(batch, e.lastSeq, e.count, e.bytes);
      } catch (error) {
        // Nothing of this batch is stored: the rooms involved close their connections, so the
        // clients (which still hold the changes) send them again after reconnecting.
        this.committedBatch = batch;
        this.lastCommit = { ok: false, at: Date.now() };
        for (const target of new Set(items.map((i) => i.target))) target.failed(error);
      }
    }
  }
}
