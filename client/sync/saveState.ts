import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, isPermanentClose } from '../../shared/sync/closeCodes';
import { MessageType } from '../../shared/sync/protocol';
import { type CopyState, judge, localState, StoredState, type Verdict } from './storedState';

/**
 * `offline`: no connection, every edit is in this browser's copy (IndexedDB); `storing`: no connection
 * and the newest edit is still being written there; `notSaved`: the server did not store edits it
 * received (the room is read-only for this member now); `serverDown`: the server is reachable but
 * cannot store (its database is away: 4500/4501), edits wait on this device; `tooLarge`: the server closed the connection
 * because an edit was too large (4413); `refused`: another permanent close (no access, bad room).
 */
export type SaveState =
  | 'connecting'
  | 'saving'
  | 'saved'
  | 'storing'
  | 'offline'
  | 'notSaved'
  | 'serverDown'
  | 'tooLarge'
  | 'refused';

/** The room's copy in this browser (y-indexeddb's IndexeddbPersistence has these). */
export interface LocalCopy {
  whenSynced: Promise<unknown>;
  db: IDBDatabase | null;
}

/**
 * Resolves once every write to the local copy issued so far is done: a read of the same store is
 * queued behind them (IndexedDB runs transactions on one store in the order they were made).
 */
function localWritesDone(db: IDBDatabase | null): Promise<void> {
  return new Promise((resolve) => {
    if (!db?.objectStoreNames.contains('updates')) return resolve();
    try {
      const tx = db.transaction(['updates'], 'readonly');
      tx.objectStore('updates').count();
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
      tx.onabort = () => resolve();
    } catch {
      resolve();
    }
  });
}

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const REQUEST_DELAY_MS = 250;

/** Why edits of this device are not stored: the server refused them, or closed for their size. */
export type Refusal = 'refused' | 'tooLarge';

/**
 * Knows whether this device's edits are stored on the server, within the standard protocol. After
 * an edit it sends a sync step 1; the server answers after the commit ([SYNC1]) with a step 2 (its
 * whole delete set) and then its own step 1 (its state vector, [SYNC14]). "Saved" is said only when
 * that covers everything in this copy; what was sent before the question and is still missing was
 * refused (a read-only connection drops updates: a *vastgesteld* section, an observer).
 */
export class SaveStateStore {
  private localSeq = 0;
  /** Local edits known to be in the browser's copy. */
  private deviceSeq = 0;
  private deviceCheck: 'idle' | 'running' | 'again' = 'idle';
  /** Our questions on this socket, oldest first: the copy as it was when each was sent. */
  private requests: CopyState[] = [];
  /** The provider asks once at connect; its answer comes before ours. */
  private providerAsked = true;
  /** A step 2 arrived; the server's step 1 right after it completes the answer. */
  private answer: { asked: CopyState | null } | null = null;
  private stored = new StoredState();
  private verdict: Verdict | 'unknown' = 'unknown';
  private everSynced = false;
  private closed: 'refused' | 'tooLarge' | null = null;
  /** The last socket closed because the server could not load or store the room. */
  private serverDown = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private socket: WebSocket | null = null;
  private current: SaveState = 'connecting';
  private running = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
    private readonly local: LocalCopy | null = null,
  ) {}

  start(): () => void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) return;
      this.localSeq++;
      if (this.verdict !== 'refused') this.verdict = 'pending';
      this.checkDevice();
      this.scheduleRequest();
      this.recompute();
    };
    const onStatus = () => {
      this.bindSocket();
      this.recompute();
    };
    const onSync = (synced: boolean) => {
      if (synced) this.everSynced = true;
      this.recompute();
    };
    const onClosed = (event: { code: number }) => {
      if (isPermanentClose(event.code)) {
        this.closed = event.code === CloseCode.TooLarge ? 'tooLarge' : 'refused';
      }
      this.recompute();
    };
    const onConnectionClose = (event: { code: number } | null) => {
      if (event?.code === CloseCode.LoadFailed || event?.code === CloseCode.StorageFailed) {
        this.serverDown = true;
      }
      this.recompute();
    };
    const onNetwork = () => this.recompute();
    this.doc.on('update', onUpdate);
    this.provider.on('status', onStatus);
    this.provider.on('sync', onSync);
    this.provider.on('closed', onClosed);
    this.provider.on('connection-close', onConnectionClose);
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);
    this.running = true;
    if (this.provider.synced) {
      this.everSynced = true;
      this.providerAsked = false;
    }
    this.bindSocket(true);
    if (this.provider.synced) this.scheduleRequest();
    this.recompute();
    return () => {
      if (!this.running) return;
      this.running = false;
      this.doc.off('update', onUpdate);
      this.provider.off('status', onStatus);
      this.provider.off('sync', onSync);
      this.provider.off('closed', onClosed);
      this.provider.off('connection-close', onConnectionClose);
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      this.unbindSocket();
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveState => this.current;

  /** Whether (and why) this copy holds edits the server will not store as things are. */
  refusal(): Refusal | null {
    if (this.closed === 'tooLarge') return 'tooLarge';
    return this.verdict === 'refused' ? 'refused' : null;
  }

  /** Per Yjs client id, the clock up to which the server is known to hold this room. */
  storedVector(): ReadonlyMap<number, number> {
    return this.stored.sv;
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (!(event.data instanceof ArrayBuffer)) return;
    let sub: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      if (decoding.readVarUint(decoder) !== MessageType.Sync) return;
      sub = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      return;
    }
    try {
      if (sub === SYNC_UPDATE) {
        this.stored.noteUpdate(payload, false);
      } else if (sub === SYNC_STEP_2) {
        this.stored.noteUpdate(payload, true);
        const asked = this.providerAsked ? null : (this.requests.shift() ?? null);
        this.providerAsked = false;
        this.answer = { asked };
      } else if (sub === SYNC_STEP_1 && this.answer) {
        // The provider has already applied everything the server sent before this message.
        this.stored.noteStateVector(payload);
        const { asked } = this.answer;
        this.answer = null;
        const verdict = judge(this.stored, localState(this.doc), asked);
        // The answer to the provider's step 1 at connect cannot clear a refusal: ask again.
        if (!(verdict === 'pending' && asked === null && this.verdict === 'refused')) this.verdict = verdict;
        // Only the server's word that it holds this copy ends "the server cannot save".
        if (verdict === 'stored') this.serverDown = false;
        if (verdict === 'pending') this.scheduleRequest();
        this.recompute();
      }
    } catch {
      // A message the provider could not use either; the next answer decides.
    }
  };

  /** Follows the provider's current socket; a new socket starts with no knowledge of the server. */
  private bindSocket(initial = false): void {
    const ws = this.provider.ws;
    if (ws === this.socket) return;
    this.unbindSocket();
    this.socket = ws;
    if (!initial || !this.provider.synced) this.providerAsked = true;
    this.requests = [];
    this.answer = null;
    this.stored = new StoredState();
    if (this.verdict === 'stored') this.verdict = 'unknown';
    ws?.addEventListener('message', this.onMessage);
  }

  private unbindSocket(): void {
    this.socket?.removeEventListener('message', this.onMessage);
    this.socket = null;
  }

  private scheduleRequest(): void {
    if (this.timer || !this.running) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendRequest();
    }, REQUEST_DELAY_MS);
  }

  private sendRequest(): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !this.provider.synced) return;
    if (this.verdict === 'stored') return;
    this.bindSocket();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    encoding.writeVarUint(encoder, SYNC_STEP_1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    this.requests.push(localState(this.doc));
    ws.send(encoding.toUint8Array(encoder));
  }

  /** Follows the browser's copy, so "kept on this device" is only said once it is true. */
  private checkDevice(): void {
    const local = this.local;
    if (!local) return;
    if (this.deviceCheck !== 'idle') {
      this.deviceCheck = 'again';
      return;
    }
    this.deviceCheck = 'running';
    const target = this.localSeq;
    void local.whenSynced
      .then(() => localWritesDone(local.db))
      .then(() => {
        this.deviceSeq = Math.max(this.deviceSeq, target);
        const again = this.deviceCheck === 'again';
        this.deviceCheck = 'idle';
        this.recompute();
        if (again) this.checkDevice();
      });
  }

  /** What to tell the person typing, the least reassuring truth first. */
  private judgeNow(): SaveState {
    const connected = this.provider.wsconnected && navigator.onLine;
    const pending = this.verdict === 'pending';
    const onDevice = !this.local || this.deviceSeq >= this.localSeq;
    if (this.closed !== null) return this.closed;
    if (this.verdict === 'refused') return 'notSaved';
    if (this.serverDown) return 'serverDown';
    if (!connected) {
      if (!onDevice) return 'storing';
      return this.everSynced || pending || !navigator.onLine ? 'offline' : 'connecting';
    }
    if (pending) return 'saving';
    return !this.provider.synced || this.verdict === 'unknown' ? 'connecting' : 'saved';
  }

  private recompute(): void {
    const next = this.judgeNow();
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
