import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { CloseCode } from '../../shared/sync/closeCodes';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM, SYNC_LIMITS } from '../../shared/sync/protocol';
import type { RoomClose } from '../../shared/sync/roomClose';
import { COLLAB_PATH, parseRoomName, type Room } from '../../shared/sync/rooms';
import { redactUrl } from '../net/redact';
import { parseRequestUrl, roomNameOf } from '../net/requestUrl';
import type { Storage } from '../storage/Storage';
import { type BudgetShare, UpdateBudgets } from './admission';
import { Connection } from './Connection';
import type { DocRoom, RoomOptions } from './DocRoom';
import { LOCAL_RELAY, type Relay } from './relay';
import { RightsChanges } from './rightsChanges';
import { ServerWrites } from './serverWrites';
import type { Access, Authorize, Reconcile } from './types';
import { UpdateWriter } from './UpdateWriter';

export interface SyncServerOptions {
  storage: Storage;
  logger: Logger;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  unloadAfterMs: number;
  maxConnectionsPerIp: number;
  /** The client's address for the per-address connection limit (see server/net/clientAddress.ts). */
  clientAddress: (request: IncomingMessage) => string;
  /** Decides access at every upgrade; without it every room is open (tests of the protocol only). */
  authorize?: Authorize;
  /** [SYNC12] Brings a room the server writes in line with the database whenever it is loaded. */
  reconcile?: Reconcile;
  /** [SYNC10] Other instances (REDIS_URL); without it this process is alone. */
  relay?: Relay;
  /** [SYNC10] Members' update budgets counted with the other instances (server/cluster/sharedBudgets.ts). */
  budgetShare?: BudgetShare;
}

/** For protocol-level tests only: everyone may read and write every room. */
export const allowEveryone: Authorize = async () => ({
  ok: true,
  readOnly: false,
  shareAwareness: true,
  identity: null,
});
const PING_INTERVAL_MS = 30_000;

/**
 * The websocket side of the server: y-websocket protocol on `/collab/<room>`, rooms loaded once
 * and shared by their connections, durable group commit before anything is relayed.
 */
export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly writer: UpdateWriter;
  private readonly rooms = new Map<string, DocRoom>();
  private readonly loading = new Map<string, Promise<DocRoom>>();
  private readonly connections = new Set<Connection>();
  private readonly perIp = new Map<string, number>();
  private readonly pingTimer: NodeJS.Timeout;
  private readonly roomOptions: RoomOptions;
  private stopping = false;
  private readonly relay: Relay;
  private readonly rights: RightsChanges;
  /** The server's own writes: reconcile at load, `write` ([SYNC12]; one writer across instances, [SYNC10]). */
  private readonly serverWrites: ServerWrites;

  constructor(private readonly options: SyncServerOptions) {
    this.relay = options.relay ?? LOCAL_RELAY;
    this.rights = new RightsChanges(this.connections, this.relay);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: SYNC_LIMITS.maxMessageBytes });
    this.writer = new UpdateWriter(options.storage);
    this.roomOptions = {
      storage: options.storage,
      writer: this.writer,
      logger: options.logger,
      compactAfterUpdates: options.compactAfterUpdates,
      compactAfterBytes: options.compactAfterBytes,
      budgets: new UpdateBudgets(undefined, undefined, options.budgetShare),
      relay: this.relay,
      overLimit: (room) => this.serverWrites.repairLimits(room),
      onUnloaded: (room) => {
        if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
        options.logger.debug({ room: room.name }, 'room unloaded');
      },
    };
    this.serverWrites = new ServerWrites({
      storage: options.storage,
      relay: this.relay,
      logger: options.logger,
      reconcile: options.reconcile,
      roomOptions: this.roomOptions,
      getRoom: (name) => this.getRoom(name),
    });
    this.pingTimer = setInterval(() => this.pingAll(), PING_INTERVAL_MS);
    this.pingTimer.unref();
  }

  /** True for requests this server answers (`/collab/...`). */
  handles(request: IncomingMessage): boolean {
    return (request.url ?? '').startsWith(`${COLLAB_PATH}/`);
  }

  /**
   * Everything here runs on input from the network: nothing may throw out of it (an exception in an
   * upgrade callback stops the process, and with it every meeting). A malformed target becomes a
   * 4400 on this socket; anything unexpected closes this socket only ([SYNC8]).
   */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    if (this.stopping) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      try {
        this.accept(ws, request);
      } catch (err) {
        this.options.logger.error({ err }, 'websocket upgrade failed');
        ws.close(CloseCode.ServerError, 'server error');
      }
    });
  }

  private accept(ws: WebSocket, request: IncomingMessage): void {
    const url = parseRequestUrl(request.url) ?? new URL('http://localhost/');
    const name = roomNameOf(request.url, COLLAB_PATH);
    const room = name === null ? null : parseRoomName(name);
    const ip = this.options.clientAddress(request);
    // Only a valid room name is logged: anything else is whatever the peer sent (a pasted code, say).
    const conn = new Connection(ws, room?.name ?? '(invalid)', this.options.logger);
    this.connections.add(conn);
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    ws.on('close', (code) => {
      this.connections.delete(conn);
      const left = (this.perIp.get(ip) ?? 1) - 1;
      if (left > 0) this.perIp.set(ip, left);
      else this.perIp.delete(ip);
      conn.detach();
      this.options.logger.info(
        {
          conn: conn.id,
          room: conn.roomName,
          path: redactUrl(request.url),
          code,
          ms: Date.now() - conn.openedAt,
          in: conn.bytesIn,
          out: conn.bytesOut,
        },
        'sync connection closed',
      );
    });
    ws.on('error', (err) => this.options.logger.warn({ err, conn: conn.id }, 'websocket error'));
    this.open(conn, request, url, room, ip).catch((err: unknown) => {
      this.options.logger.error({ err, conn: conn.id }, 'opening the connection failed');
      conn.close(CloseCode.ServerError, 'server error');
    });
  }

  private async open(conn: Connection, request: IncomingMessage, url: URL, room: Room | null, ip: string) {
    const log = this.options.logger;
    if (!room) return conn.close(CloseCode.BadRoom, 'malformed room name');
    const version = url.searchParams.get(PROTOCOL_VERSION_PARAM);
    if (version !== null && version !== String(PROTOCOL_VERSION)) {
      return conn.close(CloseCode.ProtocolVersion, `server speaks protocol ${PROTOCOL_VERSION}`);
    }
    if ((this.perIp.get(ip) ?? 0) > this.options.maxConnectionsPerIp) {
      return conn.close(CloseCode.TooManyConnections, 'too many connections from this address');
    }
    let access: Access;
    try {
      access = await (this.options.authorize ?? allowEveryone)(request, room);
    } catch (err) {
      log.error({ err, room: room.name }, 'authorization failed');
      return conn.close(CloseCode.LoadFailed, 'authorization failed');
    }
    if (!access.ok) return conn.close(access.code, access.reason);
    conn.grant(access);
    let docRoom: DocRoom;
    try {
      docRoom = await this.getRoom(room.name);
    } catch (err) {
      log.error({ err, room: room.name }, 'loading the document failed');
      return conn.close(CloseCode.LoadFailed, 'document could not be loaded');
    }
    if (conn.isAborted) {
      docRoom.releaseIfIdle();
      return;
    }
    log.info(
      { conn: conn.id, room: room.name, readOnly: conn.readOnly, member: conn.identity?.memberId },
      'sync connection opened',
    );
    conn.attach(docRoom);
  }

  /** The loaded room, loading it once however many connections ask at the same time ([SYNC2]). */
  private async getRoom(name: string): Promise<DocRoom> {
    for (;;) {
      const existing = this.rooms.get(name);
      if (existing?.state === 'ready') return existing;
      if (existing) {
        await existing.closed;
        continue;
      }
      const pending = this.loading.get(name);
      if (pending) return pending;
      const load = this.serverWrites
        .load(name)
        .then((room) => {
          room.unloadTimer.setDelay(this.options.unloadAfterMs);
          this.rooms.set(name, room);
          return room;
        })
        .finally(() => this.loading.delete(name));
      this.loading.set(name, load);
      return load;
    }
  }

  /** [SYNC6] A member's rights changed: their sockets close, on every instance ([SYNC10]). */
  closeMember(memberId: string): number {
    return this.rights.closeMember(memberId);
  }

  /**
   * Writes into a room as the server (for example a document's structure): loads the room if
   * needed, applies `change` in one transaction, and resolves once it is stored and sent to
   * everyone connected. Clients may have that room read-only: only the server writes it. With other
   * instances, under the room's lock ([SYNC10], `serverWrites.ts`).
   */
  write(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    return this.serverWrites.write(name, change);
  }

  /** Reads a room's current document (loading it when needed), e.g. to save a version. */
  async read<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.getRoom(name);
    try {
      return read(room.doc);
    } finally {
      room.releaseIfIdle();
    }
  }

  /** Closes the sockets of one room that `which` describes, on every instance ([SYNC10]). */
  closeRoom(name: string, which: RoomClose): number {
    return this.rights.closeRoom(name, which);
  }

  private pingAll(): void {
    for (const conn of this.connections) conn.ping();
  }

  stats() {
    return {
      rooms: this.rooms.size,
      connections: this.connections.size,
      pendingUpdates: this.writer.pending,
      lastCommit: this.writer.lastCommit,
    };
  }

  /** [SYNC9] Stops accepting, closes every socket, stores everything and folds the logs. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.pingTimer);
    // Clients answer the close frame quickly; what they send until then is still stored.
    for (const conn of this.connections) conn.close(CloseCode.GoingAway, 'server is restarting');
    await Promise.allSettled([...this.loading.values()]);
    await Promise.all([...this.connections].map((c) => c.done));
    await this.writer.drain();
    await Promise.all([...this.rooms.values()].map((room) => room.shutdown()));
    await this.writer.drain();
    await this.relay.stop();
    this.wss.close();
  }
}
