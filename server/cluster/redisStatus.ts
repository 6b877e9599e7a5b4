import type { Logger } from 'pino';

/** What RedisStatus needs of a connection: ioredis' events. */
export interface WatchedConnection {
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
}

/**
 * [SYNC10] Whether this instance reaches Redis, said once per change in the log. ioredis reports an
 * error on every reconnect attempt (every ~2 s per connection), and /healthz may be asked every few
 * seconds: logging each would flood the log during an outage. So every Redis connection of the
 * process (relay, rate limits, export slots) reports here, and one line says "degraded" when the
 * first of them fails and one says "back" when all of them are ready again.
 */
export class RedisStatus {
  private readonly down = new Set<string>();
  private degraded = false;

  constructor(private readonly logger: Logger) {}

  get ok(): boolean {
    return !this.degraded;
  }

  /** Follows one connection; `name` tells connections apart (commands, reader, shared state). */
  watch(connection: WatchedConnection, name: string): void {
    connection.on('error', (err) => this.failed(name, err.message));
    connection.on('ready', () => this.ready(name));
  }

  /** A command failed although the connection looked up (a timeout, a reset): counts as down. */
  failed(name: string, reason: string): void {
    this.down.add(name);
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn(
      { reason },
      'redis unavailable: degraded, this instance serves its own clients; rate limits and the export queue count per instance until it is back',
    );
  }

  ready(name: string): void {
    this.down.delete(name);
    if (!this.degraded || this.down.size > 0) return;
    this.degraded = false;
    this.logger.info('redis answers again: relaying between instances and shared limits resume');
  }
}
