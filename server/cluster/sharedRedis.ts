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
  }

  /** Runs a Lua script on Redis (atomic); a failure is reported to the status and rethrown. */
  async script(lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
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
