import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { RoomSize, type UpdateBudgets } from './admission';
import { AuthorRecorder } from './authors';
import { RoomPresence } from './awareness';
import type { Connection } from './Connection';
import { applyClientUpdate, type UpdateTarget } from './clientUpdate';
import { type CompactionOptions, StoredLog } from './compaction';
import {
  type ClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './messages';
import { LOAD_ORIGIN, REMOTE_ORIGIN } from './origins';
import type { Relay } from './relay';
import { RoomLink } from './roomLink';
import { rulesFor } from './roomRules';
import { applyStored, type StoredStats, statsOf } from './storedDoc';
import type { UpdateWriter, WriterTarget } from './UpdateWriter';
import { UnloadTimer } from './unloadTimer';

export interface RoomOptions extends CompactionOptions {
  writer: UpdateWriter;
  /** Called once the room has stored everything and dropped its document. */
  onUnloaded: (room: DocRoom) => void;
  /** Update bytes per member per minute, shared by all rooms ([SYNC8]). */
  budgets: UpdateBudgets;
  /** [SYNC10] Other instances: what this room stores is published, what they store is applied. */
  relay: Relay;
  /**
   * [SYNC10] Other instances' updates took this room past a limit its own clients are held to (board
   * limits): the server's single writer trims it, under the room's lock.
   */
  overLimit: (room: string) => void;
}

/**
 * One loaded document and the connections on it. Its Y.Doc may be ahead of storage by the updates
 * of the batch being committed; everything it sends that could contain such updates waits for that
 * commit ([SYNC1]).
 */
export class DocRoom implements WriterTarget {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  /** Who owns which awareness state, here and on other instances ([SYNC7], [SYNC10]). */
  private readonly presence: RoomPresence;
  private readonly link: RoomLink;
  /** Sends and other actions that wait until the batch holding the room's newest update commits. */
  private deferred: { batch: number; run: () => void }[] = [];
  private lastBatch = 0;
  /** What is stored of this room, and its folding ([SYNC3]). */
  private readonly log: StoredLog;
  private broken = false;
  /** What a client's update is held to here: size, budgets, the kind's rule, authors ([SYNC8], [SYNC11]). */
  private readonly updates: UpdateTarget;
  /** The document's size against the room's ceiling ([SYNC8]). */
  readonly size: RoomSize;
  state: 'ready' | 'unloading' | 'closed' = 'ready';
  /** Resolves once the room is closed and gone from memory. */
  readonly closed: Promise<void>;
  private markClosed: () => void = () => {};

  private constructor(
    readonly name: string,
    doc: Y.Doc,
    stored: StoredStats,
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
    const rules = rulesFor(name);
    this.size = new RoomSize(doc, rules.maxBytes);
    this.updates = {
      name,
      doc,
      size: this.size,
      budgets: options.budgets,
      rule: rules.update,
      authors: rules.recordsAuthors ? new AuthorRecorder(doc) : null,
      warn: (details, message) => options.logger.warn(details, message),
    };
    this.link = new RoomLink(options.relay, this, stored.lastSeq, options.logger);
    this.log = new StoredLog(
      stored,
      {
        name,
        doc,
        size: this.size,
        isBroken: () => this.broken,
        isClosed: () => this.state === 'closed',
        completeThrough: this.link.active ? () => this.link.completeThrough() : null,
        tryLock: this.link.active ? () => options.storage.tryLockRoom(name) : null,
      },
      options,
    );
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.presence = new RoomPresence(
      this.awareness,
      options.relay.active ? (update) => options.relay.publishAwareness(name, update) : null,
    );
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads a document from storage; throws (and writes nothing) when it cannot be read. */
  static async load(name: string, options: RoomOptions): Promise<DocRoom> {
    // Taken before storage is read: whatever another instance publishes after that read is applied.
    const cursor = await options.relay.position(name);
    // [SYNC13] Deleted content is collected (history lives in named versions): a document stored
    // before, with all its deleted content, shrinks here and is folded small right after the load.
    const doc = new Y.Doc({ gc: rulesFor(name).gc });
    const stored = await applyStored(options.storage, name, doc, LOAD_ORIGIN);
    const room = new DocRoom(name, doc, statsOf(stored), options);
    room.link.join(cursor);
    void room.log.maybeCompact();
    return room;
  }

  /** Adds a connection: the server's sync step 1 and the current awareness go out first. */
  addConnection(conn: Connection): void {
    this.unloadTimer.cancel();
    this.connections.add(conn);
    conn.send(encodeSyncStep1(this.doc));
    if (this.awareness.getStates().size > 0) {
      const ids = Array.from(this.awareness.getStates().keys());
      conn.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
    }
  }

  removeConnection(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.presence.removeConnection(conn);
    this.releaseIfIdle();
  }

  /** [SYNC10] A stored update from another instance: relayed to this room's clients, not stored again. */
  applyRemote(update: Uint8Array): void {
    if (this.state === 'closed' || this.broken) return;
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    this.checkShared();
  }

  /** [SYNC10] After other instances' updates: a limit their writers passed together is repaired once. */
  private checkShared(): void {
    if (rulesFor(this.name).sharedLimits?.(this.doc)) this.options.overLimit(this.name);
  }

  /** [SYNC10] Everything stored of this room is in its document (a server write under its lock). */
  async catchUpFromStorage(): Promise<void> {
    if (this.link.active) await this.link.completeThrough();
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.state === 'closed') return;
    this.presence.applyRemote(update);
  }

  /** [SYNC10] Applies what storage holds (a relay gap); only what this document lacked is relayed. */
  async catchUp(): Promise<number> {
    const gone = () => this.state === 'closed' || this.broken;
    const stored = await applyStored(this.options.storage, this.name, this.doc, REMOTE_ORIGIN, gone);
    if (!gone()) this.checkShared();
    return stored.lastSeq;
  }

  /** Schedules the unload when nobody is connected. */
  releaseIfIdle(): void {
    if (this.connections.size === 0 && this.state === 'ready') this.unloadTimer.schedule();
  }

  handleMessage(conn: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1': {
        // [SYNC1] and [SYNC14]: both are encoded now and sent once everything applied so far is
        // committed, so the step 1 that follows the answer is exactly what is stored: the client
        // compares it with its own state to know whether its edits were stored or refused. The
        // stock client answers that step 1 with a step 2 (what it has that we lack): dropped on a
        // read-only connection, a no-op or a late resend otherwise; nobody answers a step 2, so
        // nothing loops.
        const reply = encodeSyncStep2(this.doc, message.stateVector);
        const stored = encodeSyncStep1(this.doc);
        this.afterCommit(() => {
          conn.send(reply);
          conn.send(stored);
        });
        return;
      }
      case 'sync-step-2':
      case 'update':
        applyClientUpdate(this.updates, conn, message.update);
        return;
      case 'awareness':
        this.presence.apply(conn, message.entries);
        return;
      case 'query-awareness': {
        const ids = Array.from(this.awareness.getStates().keys());
        conn.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
        return;
      }
    }
  }

  private readonly onDocUpdate = (
    update: Uint8Array,
    origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (origin === LOAD_ORIGIN || this.broken) return;
    this.size.grew(update.byteLength, transaction.deleteSet.clients.size > 0);
    if (origin === REMOTE_ORIGIN) {
      // Already stored by the instance that published it ([SYNC1] there): relayed at once.
      const remote = encodeUpdate(update);
      for (const conn of this.connections) conn.send(remote);
      return;
    }
    this.lastBatch = this.options.writer.enqueue(this, update);
    this.link.queued(this.lastBatch, update);
    const message = encodeUpdate(update);
    this.afterCommit(() => {
      for (const conn of this.connections) if (conn !== origin) conn.send(message);
    });
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const ids = [...change.added, ...change.updated, ...change.removed];
    if (ids.length === 0) return;
    this.presence.changed(change, origin);
    // Sent to every connection, the sender included: the stock client counts any message as a
    // sign of life, and a lone client would otherwise reconnect every 30 seconds.
    const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    for (const conn of this.connections) conn.send(message);
  };

  /** Runs `action` once every update the room has applied so far is durable. */
  afterCommit(action: () => void): void {
    if (this.options.writer.isCommitted(this.lastBatch) && this.deferred.length === 0) action();
    else this.deferred.push({ batch: this.lastBatch, run: action });
  }

  committed(batch: number, lastSeq: number, count: number, bytes: number): void {
    if (this.broken) return;
    this.log.committed(lastSeq, count, bytes);
    this.link.committed(batch, lastSeq);
    while (this.deferred.length > 0 && (this.deferred[0]?.batch ?? Infinity) <= batch) {
      this.deferred.shift()?.run();
    }
    void this.log.maybeCompact();
  }

  failed(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.options.logger.error({ err: error, room: this.name }, 'storing updates failed; closing the room');
    this.deferred = [];
    for (const conn of [...this.connections]) conn.close(CloseCode.StorageFailed, 'storage failed');
    this.drop();
  }

  /** [SYNC4] Runs from the last connection's leave; its delay is set by the server. */
  readonly unloadTimer = new UnloadTimer(() => void this.unload());

  /** [SYNC4] Stores everything, folds the log, then drops the document from memory. */
  async unload(): Promise<void> {
    if (this.connections.size > 0 || this.state !== 'ready') return;
    await this.shutdown();
  }

  /** Like unload, whoever is still connected: used when the server stops ([SYNC9]). */
  async shutdown(): Promise<void> {
    if (this.state !== 'ready') return this.closed;
    this.state = 'unloading';
    this.unloadTimer.cancel();
    await this.options.writer.drain();
    await this.log.maybeCompact(true);
    this.drop();
  }

  private drop(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.unloadTimer.cancel();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.options.relay.leave(this.name, this.link);
    this.doc.destroy();
    this.options.onUnloaded(this);
    this.markClosed();
  }
}
