import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isPermanentClose } from '../../shared/sync/closeCodes';
import { MessageType } from '../../shared/sync/protocol';

/**
 * `offline`: no connection, every edit is in this browser's copy (IndexedDB); `storing`: no connection
 * and the newest edit is still being written there.
 */
export type SaveState = 'connecting' | 'saving' | 'saved' | 'storing' | 'offline' | 'refused';

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
const REQUEST_DELAY_MS = 250;

/**
 * Knows whether this device's edits are stored on the server, within the standard protocol:
 * the server answers a sync step 1 only after everything it received before it has been committed
 * ([SYNC1]), so the answer to a step 1 we send after an edit means "that edit is on disk".
 */
export class SaveStateStore {
  private localSeq = 0;
  private savedSeq = 0;
  /** Local edits known to be in the browser's copy. */
  private deviceSeq = 0;
  private deviceCheck: 'idle' | 'running' | 'again' = 'idle';
  private requests: number[] = [];
  private everSynced = false;
  private refused = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private socket: WebSocket | null = null;
  private current: SaveState = 'connecting';
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
      this.checkDevice();
      this.scheduleRequest();
      this.recompute();
    };
    const onStatus = () => {
      this.requests = [];
      this.bindSocket();
      this.recompute();
    };
    const onSync = (synced: boolean) => {
      if (synced) {
        this.everSynced = true;
        if (this.savedSeq < this.localSeq) this.scheduleRequest();
      }
      this.recompute();
    };
    const onClosed = (event: { code: number }) => {
      if (isPermanentClose(event.code)) this.refused = true;
      this.recompute();
    };
    const onNetwork = () => this.recompute();
    this.doc.on('update', onUpdate);
    this.provider.on('status', onStatus);
    this.provider.on('sync', onSync);
    this.provider.on('closed', onClosed);
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);
    if (this.provider.synced) this.everSynced = true;
    this.bindSocket();
    this.recompute();
    return () => {
      this.doc.off('update', onUpdate);
      this.provider.off('status', onStatus);
      this.provider.off('sync', onSync);
      this.provider.off('closed', onClosed);
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      this.unbindSocket();
      if (this.timer) clearTimeout(this.timer);
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveState => this.current;

  private readonly onMessage = (event: MessageEvent) => {
    if (!(event.data instanceof ArrayBuffer) || this.requests.length === 0) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      if (decoding.readVarUint(decoder) !== MessageType.Sync) return;
      if (decoding.readVarUint(decoder) !== SYNC_STEP_2) return;
    } catch {
      return;
    }
    const acknowledged = this.requests.shift() ?? 0;
    this.savedSeq = Math.max(this.savedSeq, acknowledged);
    this.recompute();
  };

  private bindSocket(): void {
    const ws = this.provider.ws;
    if (ws === this.socket) return;
    this.unbindSocket();
    this.socket = ws;
    ws?.addEventListener('message', this.onMessage);
  }

  private unbindSocket(): void {
    this.socket?.removeEventListener('message', this.onMessage);
    this.socket = null;
  }

  private scheduleRequest(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sendRequest();
    }, REQUEST_DELAY_MS);
  }

  private sendRequest(): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !this.provider.synced) return;
    if (this.savedSeq >= this.localSeq) return;
    this.bindSocket();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    encoding.writeVarUint(encoder, SYNC_STEP_1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    this.requests.push(this.localSeq);
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

  private recompute(): void {
    const connected = this.provider.wsconnected && navigator.onLine;
    const unsaved = this.savedSeq < this.localSeq;
    const onDevice = !this.local || this.deviceSeq >= this.localSeq;
    const next: SaveState = this.refused
      ? 'refused'
      : !connected
        ? !onDevice
          ? 'storing'
          : this.everSynced || unsaved || !navigator.onLine
            ? 'offline'
            : 'connecting'
        : !this.provider.synced
          ? unsaved
            ? 'saving'
            : 'connecting'
          : unsaved
            ? 'saving'
            : 'saved';
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
