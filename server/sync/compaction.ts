import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { RoomLock } from '../storage/RoomLockStore';
import type { Storage } from '../storage/Storage';
import type { RoomSize } from './admission';

export interface CompactionOptions {
  storage: Storage;
  logger: Logger;
  /** Fold the log into a snapshot once it holds this many updates… */
  compactAfterUpdates: number;
  /** …or this many bytes. */
  compactAfterBytes: number;
}

/** The room a log belongs to, as far as folding it needs. */
export interface CompactionRoom {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly size: RoomSize;
  /** Storing failed: nothing more is written for this room. */
  isBroken(): boolean;
  /** The room has dropped its document. */
  isClosed(): boolean;
  /**
   * [SYNC10] With other instances writing the same room, a sequence number this instance committed
   * does not mean its document holds every update below it: this catches up from storage first and
   * names the sequence number the document is complete through. Null on a single instance.
   */
  completeThrough: (() => Promise<number>) | null;
  /**
   * [SYNC10] The room's lock across instances, when free: one instance folds (or unloads) a room at a
   * time; a fold that finds it taken is skipped and tried again later. Null on a single instance.
   */
  tryLock: (() => Promise<RoomLock | null>) | null;
}

/** How long a fold that found the room's lock taken waits before it looks again. */
const FOLD_RETRY_MS = 1_000;

/**
 * [SYNC3] A room's stored log (the updates after its snapshot) and its folding into one snapshot once
 * it has grown past the threshold. [SYNC13] A stored form far larger than the document is folded even
 * with an empty log.
 */
export class StoredLog {
  private storedSeq: number;
  private count: number;
  private bytes: number;
  private compacting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  /** The stored form is far larger than the document: fold it even with an empty log ([SYNC13]). */
  private foldStored: boolean;

  constructor(
    stored: { lastSeq: number; count: number; bytes: number; snapshotBytes: number },
    private readonly room: CompactionRoom,
    private readonly options: CompactionOptions,
  ) {
    this.storedSeq = stored.lastSeq;
    this.count = stored.count;
    this.bytes = stored.bytes;
    this.foldStored = foldsStoredHistory(stored.snapshotBytes + stored.bytes, room.size.bytes);
  }

  /** A batch holding `count` updates (`bytes` long, up to `lastSeq`) was committed. */
  committed(lastSeq: number, count: number, bytes: number): void {
    this.storedSeq = Math.max(this.storedSeq, lastSeq);
    this.count += count;
    this.bytes += bytes;
  }

  /** Folds the log when it is due (or whenever it holds anything, with `force`), one fold at a time. */
  maybeCompact(force = false): Promise<void> {
    if (this.compacting !== null) return this.compacting;
    const { compactAfterUpdates, compactAfterBytes } = this.options;
    const due = this.count >= compactAfterUpdates || this.bytes >= compactAfterBytes || this.foldStored;
    if (this.room.isBroken() || (this.count === 0 && !this.foldStored) || !(due || force))
      return Promise.resolve();
    this.compacting = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.compactNow())
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  private async compactNow(): Promise<void> {
    const { room } = this;
    if (room.isBroken() || room.isClosed()) return;
    if (!room.tryLock) return this.fold();
    let lock: RoomLock | null;
    try {
      lock = await room.tryLock();
    } catch (error) {
      this.options.logger.error({ err: error, room: room.name }, 'taking the room lock for a fold failed');
      return;
    }
    if (!lock) {
      // Another instance folds or writes this room now: look again later (an unload just goes).
      this.options.logger.debug({ room: room.name }, 'fold skipped: the room is locked');
      this.retryLater();
      return;
    }
    try {
      await this.fold();
    } finally {
      await lock.release();
    }
  }

  private retryLater(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.room.isClosed()) void this.maybeCompact();
    }, FOLD_RETRY_MS);
    this.retry.unref();
  }

  private async fold(): Promise<void> {
    const { room } = this;
    const count = this.count;
    const bytes = this.bytes;
    let throughSeq = this.storedSeq;
    if (room.completeThrough) {
      try {
        throughSeq = await room.completeThrough();
      } catch (error) {
        this.options.logger.error({ err: error, room: room.name }, 'catching up before a fold failed');
        return;
      }
      if (room.isBroken() || room.isClosed()) return;
    }
    // The snapshot may also hold updates still being committed; that only stores them sooner.
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    room.size.measured(snapshot.byteLength);
    const started = performance.now();
    try {
      await this.options.storage.compactDoc(room.name, snapshot, throughSeq);
      this.count -= count;
      this.bytes -= bytes;
      this.foldStored = false;
      this.options.logger.debug(
        {
          room: room.name,
          folded: count,
          snapshotBytes: snapshot.byteLength,
          ms: performance.now() - started,
        },
        'compacted',
      );
    } catch (error) {
      this.options.logger.error({ err: error, room: room.name }, 'compaction failed; the log is kept');
    }
  }
}

/**
 * [SYNC13] A stored document more than twice (and 64 KiB) larger than its collected state still
 * holds deleted content (stored before collection, or an insert whose deletion came in a later
 * update): worth folding now rather than waiting for the log threshold.
 */
function foldsStoredHistory(storedBytes: number, docBytes: number): boolean {
  return storedBytes > 2 * docBytes + 64 * 1024;
}
