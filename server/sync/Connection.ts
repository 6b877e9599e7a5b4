import type { Logger } from 'pino';
import type WebSocket from 'ws';
import { CloseCode, type CloseCodeValue } from '../../shared/sync/closeCodes';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import type { DocRoom } from './DocRoom';
import { decodeClientMessage, ProtocolError } from './messages';
import type { ConnIdentity, Grant } from './types';

let nextConnectionId = 1;

/** Bytes queued for a client that reads too slowly before the server gives up on it. */
const MAX_SEND_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * One websocket on one room. The message listener is attached at once, before the room is loaded:
 * what arrives meanwhile is buffered (bounded) and replayed in order once the room is ready.
 */
export class Connection {
  readonly id = nextConnectionId++;
  readonly awarenessIds = new Set<number>();
  readonly openedAt = Date.now();
  private room: DocRoom | null = null;
  private buffer: Uint8Array[] = [];
  private bufferedBytes = 0;
  private tokens: number = SYNC_LIMITS.messageBurst;
  private lastRefill = Date.now();
  private closing = false;
  private goingAway = false;
  private readonly closedPromise: Promise<void>;
  alive = true;
  bytesIn = 0;
  bytesOut = 0;

  /** Updates are dropped (never stored) on a read-only connection. */
  readOnly = true;
  /** Whether this connection's awareness (cursor, presence) is shared with others. */
  shareAwareness = false;
  identity: ConnIdentity | null = null;

  constructor(
    private readonly ws: WebSocket,
    readonly roomName: string,
    private readonly logger: Logger,
  ) {
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    this.closedPromise = new Promise((resolve) => ws.once('close', () => resolve()));
  }

  /** The rights decided at the upgrade. */
  grant(access: Grant): void {
    this.readOnly = access.readOnly;
    this.shareAwareness = access.shareAwareness;
    this.identity = access.identity;
  }

  get isClosing(): boolean {
    return this.closing || this.goingAway;
  }

  /** Closed for good: nothing it sent will be handled any more. */
  get isAborted(): boolean {
    return this.closing || this.ws.readyState === this.ws.CLOSED;
  }

  /** Binds the loaded room and replays what arrived while it loaded. */
  attach(room: DocRoom): void {
    if (this.closing) return;
    this.room = room;
    room.addConnection(this);
    const buffered = this.buffer;
    this.buffer = [];
    this.bufferedBytes = 0;
    for (const data of buffered) {
      if (this.closing) return;
      this.process(data);
    }
  }

  send(message: Uint8Array): void {
    if (this.isClosing || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_SEND_BUFFER_BYTES) {
      this.close(CloseCode.TooSlow, 'client reads too slowly');
      return;
    }
    this.bytesOut += message.byteLength;
    this.ws.send(message, { binary: true }, () => {
      // A send error means the socket is gone; its close event does the clean-up.
    });
  }

  /**
   * Closes the socket. For GoingAway (the server stops) what the client sends until its close
   * frame arrives is still handled and stored; for every other code the rest is ignored.
   */
  close(code: CloseCodeValue, reason: string): void {
    if (this.closing || this.goingAway) return;
    if (code === CloseCode.GoingAway) {
      this.goingAway = true;
    } else {
      this.closing = true;
      this.buffer = [];
      this.logger.info({ conn: this.id, room: this.roomName, code, reason }, 'closing connection');
    }
    this.ws.close(code, reason);
    // A peer that never answers the close handshake is cut off.
    setTimeout(() => this.ws.terminate(), 3000).unref();
  }

  /** Resolves when the socket is closed. */
  get done(): Promise<void> {
    return this.closedPromise;
  }

  /** Keep-alive: a socket that did not answer the previous ping is cut off. */
  ping(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  /** Called by the server when the socket has closed, for whatever reason. */
  detach(): void {
    this.closing = true;
    this.room?.removeConnection(this);
    this.room = null;
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.closing) return;
    if (!isBinary) {
      this.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol');
      return;
    }
    const bytes = toUint8Array(data);
    this.bytesIn += bytes.byteLength;
    if (!this.takeToken()) {
      this.close(CloseCode.RateLimited, 'too many messages');
      return;
    }
    if (!this.room) {
      this.bufferedBytes += bytes.byteLength;
      if (
        this.buffer.length >= SYNC_LIMITS.maxBufferedMessages ||
        this.bufferedBytes > SYNC_LIMITS.maxBufferedBytes
      ) {
        this.close(CloseCode.RateLimited, 'too much sent before the document was loaded');
        return;
      }
      this.buffer.push(bytes);
      return;
    }
    this.process(bytes);
  }

  private process(bytes: Uint8Array): void {
    const room = this.room;
    if (!room) return;
    try {
      room.handleMessage(this, decodeClientMessage(bytes));
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.close(error.code, error.message);
      } else {
        this.logger.error({ err: error, conn: this.id, room: this.roomName }, 'message handling failed');
        this.close(CloseCode.InvalidUpdate, 'message could not be handled');
      }
    }
  }

  /** Token bucket: `messagesPerSecond` sustained, `messageBurst` at once. */
  private takeToken(): boolean {
    const now = Date.now();
    const refill = ((now - this.lastRefill) / 1000) * SYNC_LIMITS.messagesPerSecond;
    this.tokens = Math.min(SYNC_LIMITS.messageBurst, this.tokens + refill);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * A message as a Uint8Array that owns its whole ArrayBuffer. ws may hand out a view into a larger
 * pooled buffer; lib0's decoder bounds-checks its views, but we do not rely on every decoder down
 * the line (Yjs included) doing so: a lying length prefix must fail, never read foreign bytes.
 */
function toUint8Array(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) return new Uint8Array(data.buffer);
  return new Uint8Array(data);
}
