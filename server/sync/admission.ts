import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { ProtocolError } from './messages';

/** Bytes applied since the last exact measurement before a refusal is worth measuring again. */
const REMEASURE_AFTER_BYTES = 64 * 1024;

/**
 * [SYNC10] With several instances: what this instance's members sent goes to `used`, and `others`
 * says how many bytes the same key sent through other instances within the last minute (as last
 * learned; never a network round trip on the way of an update).
 */
export interface BudgetShare {
  used(key: string, bytes: number): void;
  others(key: string): number;
}

/**
 * [SYNC8] Update bytes per member per minute, over all of that member's connections and rooms: a
 * token bucket per key that holds one minute's worth and refills continuously. Shared by every
 * room of one server.
 */
export class UpdateBudgets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep: number;

  constructor(
    readonly bytesPerMinute: number = SYNC_LIMITS.memberUpdateBytesPerMinute,
    private readonly now: () => number = Date.now,
    private readonly share?: BudgetShare,
  ) {
    this.lastSweep = now();
  }

  /** Takes `bytes` from the key's budget; false (and nothing taken) when there is not enough. */
  take(key: string, bytes: number): boolean {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.bytesPerMinute, at: now };
    bucket.tokens = this.refilled(bucket, now);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens - (this.share?.others(key) ?? 0) < bytes) return false;
    bucket.tokens -= bytes;
    this.share?.used(key, bytes);
    return true;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: { tokens: number; at: number }, now: number): number {
    return Math.min(this.bytesPerMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.bytesPerMinute);
  }

  /** A full bucket is the same as none: forget it, so the map holds only recent senders. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.bytesPerMinute) this.buckets.delete(key);
    }
  }
}

/**
 * [SYNC8] The size of a room's document (`Y.encodeStateAsUpdate`, what a newcomer downloads),
 * tracked without encoding it on every update: measured exactly at load and at every compaction,
 * and in between raised by the size of every update applied (an over-estimate: a stored update is
 * never smaller than what it adds). Measured again only when a refusal is at stake.
 */
export class RoomSize {
  private estimate: number;
  private sinceMeasured = 0;
  private deletedSinceMeasured = false;

  constructor(
    private readonly doc: Y.Doc,
    readonly maxBytes: number,
  ) {
    this.estimate = Y.encodeStateAsUpdate(doc).byteLength;
  }

  /** The tracked size: exact after a measurement, an upper bound in between. */
  get bytes(): number {
    return this.estimate;
  }

  /** An update was applied (by anyone, the server included); `deleted`: it deleted something. */
  grew(bytes: number, deleted: boolean): void {
    this.estimate += bytes;
    this.sinceMeasured += bytes;
    this.deletedSinceMeasured ||= deleted;
  }

  /** The exact size is known (a snapshot was just encoded from the doc). */
  measured(bytes: number): void {
    this.estimate = bytes;
    this.sinceMeasured = 0;
    this.deletedSinceMeasured = false;
  }

  /**
   * Whether an update of `bytes` may be applied: it fits under the ceiling, or it only deletes.
   * Refusing needs an exact measure, unless the last one is recent: nothing was deleted and less
   * than REMEASURE_AFTER_BYTES applied since (so a full room is not encoded again for every refusal).
   */
  admits(update: Uint8Array): boolean {
    if (this.estimate + update.byteLength <= this.maxBytes) return true;
    if (this.deletedSinceMeasured || this.sinceMeasured >= REMEASURE_AFTER_BYTES) {
      this.measured(Y.encodeStateAsUpdate(this.doc).byteLength);
      if (this.estimate + update.byteLength <= this.maxBytes) return true;
    }
    // Deleting never makes a document larger (it may even free a full room).
    return Y.decodeUpdate(update).structs.length === 0;
  }
}

/** Who a connection counts as for the per-member budget: the member, or (no member) itself. */
export function budgetKey(identity: { memberId: string } | null, connectionId: number): string {
  return identity ? `member:${identity.memberId}` : `connection:${connectionId}`;
}

/**
 * [SYNC8] Decides, before anything is applied or stored, whether a client's update is taken: over
 * the room's ceiling → TooLarge (permanent: the client must not send it again); over the member's
 * budget → RateLimited (transient: the client reconnects and sends it again later). The per-update
 * size was checked when the message was decoded. A refused update leaves the room untouched.
 */
export function admitUpdate(size: RoomSize, budgets: UpdateBudgets, key: string, update: Uint8Array): void {
  if (!size.admits(update)) {
    throw new ProtocolError(CloseCode.TooLarge, 'the document would be larger than allowed');
  }
  if (!budgets.take(key, update.byteLength)) {
    throw new ProtocolError(CloseCode.RateLimited, 'too many bytes sent in the last minute');
  }
}
