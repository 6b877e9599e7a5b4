import { type IncrementResponse, MemoryStore, type Options, type Store } from 'express-rate-limit';
import type { SharedRedis } from './sharedRedis';

/** One hit: the count in the current window and the milliseconds until the window ends (fixed window). */
const HIT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

/** Takes one hit back (a request the limiter does not count after all), never below zero. */
const UNHIT = `
if redis.call('GET', KEYS[1]) and tonumber(redis.call('GET', KEYS[1])) > 0 then
  redis.call('DECR', KEYS[1])
end
return 1`;

/**
 * [SYNC10] An express-rate-limit store in Redis, so a client whose requests a load balancer spreads over
 * several instances gets the limit once, not once per instance. Fixed windows, as the built-in
 * MemoryStore counts. While Redis does not answer, the hits go to a per-instance MemoryStore instead:
 * the API stays up and the limits still hold per instance (at most one limit per instance in total),
 * which for joining and code previews is better than no limit at all (failing open would let anyone
 * guess invite codes unchecked during an outage).
 */
export class RedisRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private readonly fallback = new MemoryStore();

  constructor(
    private readonly redis: SharedRedis,
    name: string,
  ) {
    this.prefix = `${redis.prefix}ratelimit:${name}:`;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.fallback.init(options);
  }

  async increment(key: string): Promise<IncrementResponse> {
    try {
      const reply = await this.redis.script(HIT, [this.prefix + key], [this.windowMs]);
      const [hits, ttl] = Array.isArray(reply) ? reply.map(Number) : [];
      if (hits === undefined || ttl === undefined || Number.isNaN(hits)) throw new Error('unexpected reply');
      return { totalHits: hits, resetTime: new Date(Date.now() + ttl) };
    } catch {
      return this.fallback.increment(key);
    }
  }

  async decrement(key: string): Promise<void> {
    await this.redis.script(UNHIT, [this.prefix + key], []).catch(() => this.fallback.decrement(key));
  }

  async resetKey(key: string): Promise<void> {
    await this.redis.script("return redis.call('DEL', KEYS[1])", [this.prefix + key], []).catch(() => {});
    await this.fallback.resetKey(key);
  }

  shutdown(): void {
    this.fallback.shutdown();
  }
}
