import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { admitUpdate, budgetKey, RoomSize, type UpdateBudgets } from './admission';
import { AuthorRecorder } from './authors';
import { RoomPresence } from './awareness';
import type { Connection } from './Connection';
import { type CompactionOptions, StoredLog } from './compaction';
import {
  type ClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
} from './messages';
import { LOAD_ORIGIN, REMOTE_ORIGIN } from './origins';
import type { Relay } from './relay';
import { RoomLink } from './roomLink';
import { rulesFor, type UpdateRule } from './roomRules';
import type { UpdateWriter, WriterTarget } from './UpdateWriter';

export interface RoomOptions extends CompactionOptions {
  writer: UpdateWriter;
  /** Called once the room has stored everything and dropped its document. */
  onUnloaded: (room: DocRoom) => void;
  /** Update bytes per member per minute, shared by all rooms ([SYNC8]). */
  budgets: UpdateBudgets;
  /** [SYNC10] Other instances: what this room stores is published, what they store is applied. */
  relay: Relay;
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
  /** Text rooms record who wrote what. */
  private readonly authors: AuthorRecorder | null;
  /** Rules a client's update is held to in this kind of room (board limits and authors, [SYNC11]). */
  private readonly updateRule: UpdateRule | null;
  /** The document's size against the room's ceiling ([SYNC8]). */
  readonly size: RoomSize;
  state: 'ready' | 'unloading' | 'closed' = 'ready';
  /** Resolves once the room is closed and gone from memory. */
  readonly closed: Promise<void>;
  private markClosed: () => void = () => {};

  private constructor(
    readonly name: string,
    doc: Y.Doc,
    stored: { lastSeq: number; count: number; bytes: number; snapshotBytes: number },
    private readonly options: RoomOptions,
  ) {
    this.doc = doc;
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
    const rules = rulesFor(name);
    this.authors = rules.recordsAuthors ? new AuthorRecorder(doc) : null;
    this.updateRule = rules.update;
    this.size = new RoomSize(doc, rules.maxBytes);
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
    const stored = await options.storage.loadDoc(name);
    // [SYNC13] Deleted content is collected (history lives in named versions): a document stored
    // before, with all its deleted content, shrinks here and is folded small right after the load.
    const doc = new Y.Doc({ gc: rulesFor(name).gc });
    // One transaction: its origin (LOAD_ORIGIN: not stored again) holds for every update applied in it.
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    }, LOAD_ORIGIN);
    const room = new DocRoom(
      name,
      doc,
      {
        lastSeq: stored.lastSeq,
        count: stored.updates.length,
        bytes: stored.logBytes,
        snapshotBytes: stored.snapshot?.byteLength ?? 0,
      },
      options,
    );
    options.relay.join(name, room.link, cursor);
    void room.log.maybeCompact();
    return room;
  }

  /** Adds a connection: the server's sync step 1 and the current awareness go out first. */
  addConnection(conn: Connection): void {
    this.cancelUnload();
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
  }

  applyRemoteAwareness(update: Uint8Array): void {
    if (this.state === 'closed') return;
    this.presence.applyRemote(update);
  }

  /** [SYNC10] Applies what storage holds (a relay gap); only what this document lacked is relayed. */
  async catchUp(): Promise<number> {
    const stored = await this.options.storage.loadDoc(this.name);
    if (this.state === 'closed' || this.broken) return stored.lastSeq;
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, REMOTE_ORIGIN);
    return stored.lastSeq;
  }

  /** Schedules the unload when nobody is connected. */
  releaseIfIdle(): void {
    if (this.connections.size === 0 && this.state === 'ready') this.scheduleUnload();
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
        if (conn.readOnly) return;
        admitUpdate(this.size, this.options.budgets, budgetKey(conn.identity, conn.id), message.update);
        try {
          if (!this.updateRule) Y.applyUpdate(this.doc, message.update, conn);
          else {
            const fixed = this.updateRule(
              this.doc,
              () => Y.applyUpdate(this.doc, message.update, conn),
              conn.identity,
            );
            if (fixed.removed + fixed.repaired > 0)
              this.options.logger.warn({ room: this.name, ...fixed }, 'room rules: update repaired');
          }
        } catch {
          throw new ProtocolError(CloseCode.InvalidUpdate, 'update could not be applied');
        }
        if (conn.identity && this.authors) this.authors.record(conn.identity, message.update);
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

  private unloadTimer: NodeJS.Timeout | null = null;
  private unloadAfterMs = 0;

  setUnloadDelay(ms: number): void {
    this.unloadAfterMs = ms;
  }

  private scheduleUnload(): void {
    this.cancelUnload();
    this.unloadTimer = setTimeout(() => {
      this.unloadTimer = null;
      void this.unload();
    }, this.unloadAfterMs);
    this.unloadTimer.unref();
  }

  private cancelUnload(): void {
    if (this.unloadTimer) clearTimeout(this.unloadTimer);
    this.unloadTimer = null;
  }

  /** [SYNC4] Stores everything, folds the log, then drops the document from memory. */
  async unload(): Promise<void> {
    if (this.connections.size > 0 || this.state !== 'ready') return;
    await this.shutdown();
  }

  /** Like unload, whoever is still connected: used when the server stops ([SYNC9]). */
  async shutdown(): Promise<void> {
    if (this.state !== 'ready') return this.closed;
    this.state = 'unloading';
    this.cancelUnload();
    await this.options.writer.drain();
    await this.log.maybeCompact(true);
    this.drop();
  }

  private drop(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.cancelUnload();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.options.relay.leave(this.name, this.link);
    this.doc.destroy();
    this.options.onUnloaded(this);
    this.markClosed();
  }
}
