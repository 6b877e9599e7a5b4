import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type RoomClose, roomCloseSchema } from '../../shared/sync/roomClose';
import type { RedisStatus } from '../cluster/redisStatus';
import type { Relay, RelayControl, RelayCursor, RelayListener, RelayMessage } from './relay';

/** Entries a room's stream keeps (approximately): enough for a reader that falls a moment behind. */
const STREAM_MAX_LEN = 200;
/** How long one XREAD waits before it asks again (a new room interrupts it sooner). */
const BLOCK_MS = 5_000;

type StreamEntries = [key: string, entries: [id: string, fields: Buffer[]][]][];

/**
 * [SYNC10] The relay between instances over Redis Streams: one stream per room (`<prefix>room:<name>`)
 * and one control stream. Each group commit of a room is published with ONE command (XADD … MAXLEN ~),
 * after it is stored; awareness changes likewise. One dedicated connection reads, with XREAD BLOCK,
 * the streams of exactly the rooms loaded here; joining a room interrupts it (CLIENT UNBLOCK) so the
 * new stream is read from the position taken before the room was read from storage. A reconnect of
 * that connection makes every loaded room catch up from storage; a publication that failed is
 * followed, once Redis is back, by a marker that makes the others catch up ([SYNC1]: storage is the
 * truth, Redis only says "look").
 */
export class RedisRelay implements Relay {
  readonly active = true;
  readonly instance = randomUUID().slice(0, 12);
  private readonly commands: Redis;
  private readonly reader: Redis;
  private readonly rooms = new Map<string, { listener: RelayListener; cursor: string }>();
  /** Rooms whose publication failed: the sequence number a marker announces once Redis is back. */
  private readonly failed = new Map<string, number>();
  private controlCursor = '$';
  private readerId: number | null = null;
  private blocked = false;
  private stopped = false;
  private readonly loop: Promise<void>;
  private handlers: RelayControl = { closeMember: () => {}, closeRoom: () => {} };

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly prefix = 'wijkatelier:',
    status?: RedisStatus,
  ) {
    // Commands fail at once while Redis is away (nothing waits on them: the room serves its own clients).
    // Named, so an operator (and the tests) can find this instance's connections in CLIENT LIST.
    const connectionName = `wijkatelier-${this.instance}`;
    this.commands = new Redis(url, { connectionName, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    this.reader = new Redis(url, {
      connectionName,
      maxRetriesPerRequest: null,
      autoResendUnfulfilledCommands: false,
    });
    if (status) {
      // One log line per outage for all of the process' connections, not one per reconnect attempt.
      status.watch(this.commands, 'relay-commands');
      status.watch(this.reader, 'relay-reader');
    } else {
      this.commands.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis (commands)'));
      this.reader.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis (reader)'));
    }
    this.commands.on('ready', () => this.announceFailed());
    let first = true;
    this.reader.on('ready', () => {
      // Whatever was published while the reader was away is caught up from storage, at once (the
      // reader goes on from its old positions: what it reads twice, the rooms drop).
      if (!first) for (const { listener } of this.rooms.values()) listener.resync();
      first = false;
    });
    this.reader.on('close', () => {
      this.readerId = null;
    });
    this.loop = this.readLoop();
  }

  listen(handlers: RelayControl): void {
    this.handlers = handlers;
  }

  private roomKey(room: string): string {
    return `${this.prefix}room:${room}`;
  }

  private get controlKey(): string {
    return `${this.prefix}control`;
  }

  async position(room: string): Promise<RelayCursor> {
    try {
      const last = (await this.commands.xrevrange(this.roomKey(room), '+', '-', 'COUNT', 1))[0];
      return last ? last[0] : '0-0';
    } catch {
      // Redis is away: read the (short, trimmed) stream from its start; Yjs drops what the room has.
      return '0-0';
    }
  }

  join(room: string, listener: RelayListener, cursor: RelayCursor): void {
    this.rooms.set(this.roomKey(room), { listener, cursor });
    this.interrupt();
  }

  leave(room: string, listener: RelayListener): void {
    const key = this.roomKey(room);
    if (this.rooms.get(key)?.listener === listener) this.rooms.delete(key);
  }

  publishUpdate(room: string, prev: number, seq: number, update: Uint8Array): void {
    const fields = ['i', this.instance, 'p', String(prev), 's', String(seq), 'u', Buffer.from(update)];
    this.xadd(this.roomKey(room), fields).catch(() => this.failed.set(room, seq));
  }

  publishAwareness(room: string, awareness: Uint8Array): void {
    // Awareness is renewed by clients every 15 s: a lost one is not worth a catch-up.
    void this.xadd(this.roomKey(room), ['i', this.instance, 'a', Buffer.from(awareness)]).catch(() => {});
  }

  closeMember(memberId: string): void {
    void this.xadd(this.controlKey, ['i', this.instance, 'm', memberId]).catch((err: unknown) =>
      this.logger.error({ err, memberId }, 'could not ask the other instances to close a member'),
    );
  }

  closeRoom(room: string, which: RoomClose): void {
    void this.xadd(this.controlKey, ['i', this.instance, 'r', room, 'w', JSON.stringify(which)]).catch(
      (err: unknown) => this.logger.error({ err, room }, 'could not ask the other instances to close a room'),
    );
  }

  private xadd(key: string, fields: (string | Buffer)[]): Promise<unknown> {
    return this.commands.xadd(key, 'MAXLEN', '~', STREAM_MAX_LEN, '*', ...fields);
  }

  /** After a failed publication: a marker whose `prev` the others did not see, so they catch up. */
  private announceFailed(): void {
    for (const [room, seq] of this.failed) {
      this.failed.delete(room);
      this.publishUpdate(room, seq, seq, new Uint8Array(0));
    }
  }

  private interrupt(): void {
    if (!this.blocked || this.readerId === null) return;
    this.commands.client('UNBLOCK', this.readerId).catch(() => {});
  }

  private async readLoop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (this.readerId === null) {
          this.readerId = Number(await this.reader.client('ID'));
          if (this.controlCursor === '$') this.controlCursor = await this.lastId(this.controlKey);
        }
        const keys = [this.controlKey, ...this.rooms.keys()];
        const ids = [this.controlCursor, ...[...this.rooms.values()].map((r) => r.cursor)];
        this.blocked = true;
        const reply = await this.reader.callBuffer('XREAD', 'BLOCK', BLOCK_MS, 'STREAMS', ...keys, ...ids);
        this.blocked = false;
        this.dispatch(parseXread(reply));
      } catch (err) {
        this.blocked = false;
        if (this.stopped) return;
        this.logger.warn(
          { err: err instanceof Error ? err.message : err },
          'redis relay read failed; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private async lastId(key: string): Promise<string> {
    const last = (await this.reader.xrevrange(key, '+', '-', 'COUNT', 1))[0];
    return last ? last[0] : '0-0';
  }

  private dispatch(streams: StreamEntries): void {
    for (const [key, entries] of streams) {
      const last = entries.at(-1);
      if (!last) continue;
      if (key === this.controlKey) {
        this.controlCursor = last[0];
        for (const [, fields] of entries) this.control(fieldsOf(fields));
        continue;
      }
      const room = this.rooms.get(key);
      if (!room) continue;
      room.cursor = last[0];
      for (const [, fields] of entries) {
        const message = toMessage(fieldsOf(fields));
        if (message) room.listener.received(message);
      }
    }
  }

  private control(fields: Map<string, Buffer>): void {
    if (fields.get('i')?.toString() === this.instance) return;
    const memberId = fields.get('m')?.toString();
    if (memberId) this.handlers.closeMember(memberId);
    const room = fields.get('r')?.toString();
    if (room) {
      // Whatever is in the stream is checked like any input: a malformed request closes nothing.
      const which = roomCloseSchema.safeParse(parseJson(fields.get('w')?.toString()));
      if (which.success) this.handlers.closeRoom(room, which.data);
      else this.logger.warn({ room }, 'relay: malformed closeRoom request ignored');
    }
  }

  /** A PING on the command connection; with the offline queue off it fails at once while Redis is away. */
  async ping(): Promise<void> {
    await this.commands.ping();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.reader.disconnect();
    await this.loop;
    await this.commands.quit().catch(() => {});
  }
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fieldsOf(flat: Buffer[]): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i];
    const value = flat[i + 1];
    if (name && value) fields.set(name.toString(), value);
  }
  return fields;
}

function toMessage(fields: Map<string, Buffer>): RelayMessage | null {
  const from = fields.get('i')?.toString();
  if (!from) return null;
  const update = fields.get('u');
  const awareness = fields.get('a');
  return {
    from,
    prev: Number(fields.get('p')?.toString() ?? 0),
    seq: Number(fields.get('s')?.toString() ?? 0),
    update: update && update.byteLength > 0 ? new Uint8Array(update) : null,
    awareness: awareness ? new Uint8Array(awareness) : null,
  };
}

/** XREAD's RESP2 reply (null on timeout) as typed entries; anything else is ignored. */
function parseXread(reply: unknown): StreamEntries {
  if (!Array.isArray(reply)) return [];
  const out: StreamEntries = [];
  for (const stream of reply) {
    if (!Array.isArray(stream) || !Buffer.isBuffer(stream[0]) || !Array.isArray(stream[1])) continue;
    const entries: [string, Buffer[]][] = [];
    for (const entry of stream[1] as unknown[]) {
      if (!Array.isArray(entry) || !Buffer.isBuffer(entry[0]) || !Array.isArray(entry[1])) continue;
      entries.push([
        entry[0].toString(),
        (entry[1] as unknown[]).filter((f): f is Buffer => Buffer.isBuffer(f)),
      ]);
    }
    out.push([stream[0].toString(), entries]);
  }
  return out;
}
