import type { Store } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { BudgetShare } from '../sync/admission';
import { type ExportSlots, exportSlots } from './exportSlots';
import { RedisRateLimitStore } from './rateLimitStore';
import { RedisStatus } from './redisStatus';
import { sharedBudgets } from './sharedBudgets';
import { type SharedMisses, sharedMisses } from './sharedMisses';
import { SharedRedis } from './sharedRedis';

/**
 * [SYNC10] What instances share through Redis apart from the relay: rate-limit counters, wrong
 * secrets, members' update budgets and the export queue's slots. Loaded (dynamically) only with REDIS_URL; the single process has none of it.
 */
export interface SharedState {
  /** One log line per change of Redis' reachability, for every Redis connection of the process. */
  status: RedisStatus;
  /** A store for one rate limiter (`name` keeps limiters' counters apart). */
  rateLimitStore(name: string): Store;
  exportSlots: ExportSlots;
  /** Wrong secrets counted across instances (SecretGuard). */
  misses: SharedMisses;
  /** Members' update bytes per minute, counted across instances. */
  budgets: BudgetShare;
  stop(): Promise<void>;
}

export function openSharedState(options: {
  url: string;
  prefix: string;
  logger: Logger;
  /** Export jobs (running + waiting) across all instances. */
  exportJobs: number;
}): SharedState {
  const status = new RedisStatus(options.logger);
  const redis = new SharedRedis(options.url, options.prefix, status);
  const budgets = sharedBudgets(redis);
  return {
    status,
    rateLimitStore: (name) => new RedisRateLimitStore(redis, name),
    exportSlots: exportSlots(redis, options.exportJobs),
    misses: sharedMisses(redis),
    budgets,
    stop: () => {
      budgets.stop();
      return redis.stop();
    },
  };
}
