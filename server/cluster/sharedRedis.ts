import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RedisStatus } from './redisStatus';

/** A command that takes longer than this counts as failed: a request never hangs on a stuck Redis. */
const COMMAND_TIMEOUT_MS = 1_000;

/**
 * [SYNC10] The one connection for state the instances share besides the relay (rate-limit counters,
 * export slots). Commands fail at once while Redis is away (no offline queue, no retries): every
 * caller has a per-instance fallback, so an outage makes limits per instance instead of making
 * requests wait. Keys start with the deployment's prefix (REDIS_KEY_PREFIX), so several deployments
 * can share one Redis.
 */
export class SharedRedis {
  readonly instance = randomUUID().slice(0, 12);
  private readonly client: Redis;
  /** Resolves when the connection is first ready: the first commands wait for it (briefly). */
  private readonly firstReady: Promise<void>;
  private everReady = false;

  constructor(
    url: string,
    readonly prefix: string,
    private readonly status: RedisStatus,
  ) {
    this.client = new Redis(url, {
      connectionName: `wijkatelier-shared-${this.instance}`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
    });
    status.watch(this.client, 'shared');
    this.firstReady = new Promise((resolve) => this.client.once('ready', () => resolve()));
    void this.firstReady.then(() => {
      this.everReady = true;
    });
  }

  /** Right after start the connection is still being made: wait for it, at most a command's timeout. */
  private async started(): Promise<void> {
    if (this.everReady) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.firstReady,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, COMMAND_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    // Only the first commands wait: an instance started while Redis is down answers at once after that.
    this.everReady = true;
  }

  /** Runs a Lua script on Redis (atomic); a failure is reported to the status and rethrown. */
  async script(lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    await this.started();
    try {
      const result = await this.client.eval(lua, keys.length, ...keys, ...args);
      this.status.ready('shared');
      return result;
    } catch (err) {
      this.status.failed('shared', err instanceof Error ? err.message : String(err));
      throw err;
    }
  }

  async stop(): Promise<void> {
    await this.client.quit().catch(() => {});
  }
}
