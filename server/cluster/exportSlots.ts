import { randomUUID } from 'node:crypto';
import type { SharedRedis } from './sharedRedis';

/**
 * Takes a slot when fewer than ARGV[1] unexpired leases are held; a lease ends at ARGV[2] ms after
 * Redis' own clock (TIME), so instances with skewed clocks agree and a killed instance's slots free
 * themselves when their leases run out.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/** Extends a lease that is still held (XX: a lease that already expired is not brought back). */
const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local renewed = redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return renewed`;

export type SlotAnswer =
  /** A slot is held until `release`. */
  | { kind: 'granted'; release(): Promise<void> }
  /** Every slot of the cluster is taken. */
  | { kind: 'full' }
  /** Redis did not answer: only the instance's own bound applies. */
  | { kind: 'unavailable' };

export interface ExportSlots {
  acquire(): Promise<SlotAnswer>;
}

/**
 * [SYNC10] Export jobs (running + waiting) across all instances, bounded: a Redis sorted set of leases
 * (`<prefix>export:slots`, member = instance + job, score = when the lease runs out). A held lease is
 * renewed every third of its length; a crashed instance stops renewing and its slots come free
 * within one lease.
 */
export function exportSlots(redis: SharedRedis, max: number, leaseMs = 30_000): ExportSlots {
  const key = `${redis.prefix}export:slots`;
  return {
    async acquire() {
      const member = `${redis.instance}:${randomUUID()}`;
      let granted: unknown;
      try {
        granted = await redis.script(ACQUIRE, [key], [max, leaseMs, member]);
      } catch {
        return { kind: 'unavailable' };
      }
      if (Number(granted) !== 1) return { kind: 'full' };
      const renew = setInterval(() => {
        // A renewal Redis missed is retried on the next tick; the lease outlives two missed ones.
        redis.script(RENEW, [key], [leaseMs, member]).catch(() => {});
      }, leaseMs / 3);
      renew.unref();
      return {
        kind: 'granted',
        async release() {
          clearInterval(renew);
          // If Redis is away now, the lease simply runs out.
          await redis.script("return redis.call('ZREM', KEYS[1], ARGV[1])", [key], [member]).catch(() => {});
        },
      };
    },
  };
}
