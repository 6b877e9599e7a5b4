import type { Logger } from 'pino';
import * as Y from 'yjs';
import { crashPoint } from '../crashPoint';
import type { Relay, RelayCursor, RelayListener, RelayMessage } from './relay';

/** What a room offers its link. */
export interface LinkedRoom {
  readonly name: string;
  /** Applies a stored update from another instance (origin REMOTE: relayed here, not stored again). */
  applyRemote(update: Uint8Array): void;
  applyRemoteAwareness(update: Uint8Array): void;
  /** Applies everything storage holds for the room; resolves with the stored sequence number it covers. */
  catchUp(): Promise<number>;
}

/**
 * [SYNC10] One loaded room's side of the relay. Publishes each group commit once (its updates merged)
 * after it is stored ([SYNC1]), and applies what other instances published. Yjs ignores what a document
 * already has, and rooms relay only what an apply changed, so a message that arrives twice (or after a
 * catch-up that already brought it) is relayed to nobody. A gap — an instance's publication whose
 * predecessor never arrived here and is not covered by what this room read from storage — makes the
 * room catch up from storage, which is the source of truth.
 */
export class RoomLink implements RelayListener {
  /** This room's updates not yet committed, by batch (published once committed). */
  private unpublished: { batch: number; update: Uint8Array }[] = [];
  /** Per publishing instance: the sequence number of its last publication seen here. */
  private readonly lastFrom = new Map<string, number>();
  /** Everything stored up to this sequence number is in the room's document. */
  private covered: number;
  private lastPublished = 0;
  private catchingUp: Promise<number> | null = null;

  constructor(
    private readonly relay: Relay,
    private readonly room: LinkedRoom,
    loadedSeq: number,
    private readonly logger: Logger,
  ) {
    this.covered = loadedSeq;
  }

  get active(): boolean {
    return this.relay.active;
  }

  /**
   * Starts relaying from `cursor` (taken before the room was read from storage), and announces the
   * stored sequence number that read covered: a marker (as after a failed publication) whose `prev`
   * the others have not covered when storage holds more than their copy, so they catch up. It closes
   * the gap an instance leaves when it dies between a commit and its publication: its clients
   * reconnect elsewhere, often to an instance that loads the room fresh (with that commit) and has
   * nothing new to publish, while rooms loaded on other instances would miss it for as long as they
   * stay loaded (found by server/test/cluster/killAndRedis.test.ts; relayCrash.test.ts).
   */
  join(cursor: RelayCursor): void {
    this.relay.join(this.room.name, this, cursor);
    if (this.relay.active && this.covered > 0)
      this.relay.publishUpdate(this.room.name, this.covered, this.covered, new Uint8Array(0));
  }

  /** A local update was queued for `batch`. */
  queued(batch: number, update: Uint8Array): void {
    if (this.relay.active) this.unpublished.push({ batch, update });
  }

  /** `batch` committed with this room's updates up to `lastSeq`: one publication. */
  committed(batch: number, lastSeq: number): void {
    if (!this.relay.active) return;
    const done: Uint8Array[] = [];
    while (this.unpublished.length > 0 && (this.unpublished[0]?.batch ?? Infinity) <= batch) {
      const next = this.unpublished.shift();
      if (next) done.push(next.update);
    }
    if (done.length === 0) return;
    const update = done.length === 1 ? (done[0] as Uint8Array) : Y.mergeUpdates(done);
    crashPoint('before-publish');
    this.relay.publishUpdate(this.room.name, this.lastPublished, lastSeq, update);
    this.lastPublished = lastSeq;
  }

  received(message: RelayMessage): void {
    if (message.from === this.relay.instance) return;
    if (message.awareness) this.room.applyRemoteAwareness(message.awareness);
    if (message.seq === 0) return;
    // Contiguous when its predecessor arrived here or was already stored when this room last read storage.
    const contiguous = message.prev === this.lastFrom.get(message.from) || message.prev <= this.covered;
    this.lastFrom.set(message.from, message.seq);
    if (message.update) this.room.applyRemote(message.update);
    if (!contiguous) {
      this.logger.warn({ room: this.room.name, from: message.from }, 'relay gap: catching up from storage');
      this.resync();
    }
  }

  resync(): void {
    if (this.catchingUp !== null) return;
    this.catchingUp = this.room
      .catchUp()
      .then((seq) => {
        this.covered = Math.max(this.covered, seq);
        return seq;
      })
      .finally(() => {
        this.catchingUp = null;
      });
    this.catchingUp.catch((err: unknown) =>
      this.logger.error({ err, room: this.room.name }, 'catching up from storage failed'),
    );
  }

  /** Before folding: the stored sequence number the document is known to hold everything up to. */
  async completeThrough(): Promise<number> {
    const seq = await this.room.catchUp();
    this.covered = Math.max(this.covered, seq);
    return seq;
  }
}
