import type { SharedRedis } from './sharedRedis';

/** Misses in the last hour, cluster-wide, and seconds until the oldest of them ages out. */
export interface MissWindow {
  count: number;
  retryAfter: number;
}

/**
 * [SYNC10] Wrong secrets (codes, invite links, tokens) counted across instances, for SecretGuard: the
 * guard keeps deciding from memory (no Redis round trip on a request that carries a secret), and
 * every miss is also counted here; the answer — the cluster's counts for that address and for join
 * codes overall — is what the instance then knows. An address guessing through several instances is
 * refused everywhere after at most one more try per other instance.
 */
export interface SharedMisses {
  add(key: string, joinCode: boolean, at: number): Promise<{ address: MissWindow; joinCodes: MissWindow }>;
  remove(key: string, joinCode: boolean, at: number): Promise<void>;
}

/**
 * One-minute buckets (`<base><minute>`, kept 62 minutes), as SecretGuard's HourWindow counts: ARGV[1]
 * is the minute now, ARGV[2] 1 for a join code, ARGV[3] +1 or -1. Returns both windows' counts and
 * their oldest non-empty minute (-1: none).
 */
const COUNT = `
local minute = tonumber(ARGV[1])
local step = tonumber(ARGV[3])
local function bump(base)
  local key = base .. ARGV[4]
  local n = redis.call('INCRBY', key, step)
  if n <= 0 then redis.call('DEL', key) else redis.call('EXPIRE', key, 3720) end
end
local function window(base)
  local total, first = 0, -1
  for m = minute - 59, minute do
    local n = tonumber(redis.call('GET', base .. m) or '0')
    if n > 0 then
      total = total + n
      if first < 0 then first = m end
    end
  end
  return {total, first}
end
bump(KEYS[1])
if ARGV[2] == '1' then bump(KEYS[2]) end
local a = window(KEYS[1])
local j = window(KEYS[2])
return {a[1], a[2], j[1], j[2]}`;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

function windowOf(count: number, first: number, now: number): MissWindow {
  if (count <= 0 || first < 0) return { count: 0, retryAfter: 0 };
  return { count, retryAfter: Math.max(1, Math.ceil(((first + 1) * MINUTE_MS + HOUR_MS - now) / 1000)) };
}

export function sharedMisses(redis: SharedRedis): SharedMisses {
  const keys = (key: string) => [`${redis.prefix}misses:a:${key}:`, `${redis.prefix}misses:j:`];
  return {
    async add(key, joinCode, at) {
      const minute = Math.floor(at / MINUTE_MS);
      const reply = await redis.script(COUNT, keys(key), [minute, joinCode ? 1 : 0, 1, minute]);
      const [a = 0, aFirst = -1, j = 0, jFirst = -1] = Array.isArray(reply) ? reply.map(Number) : [];
      return { address: windowOf(a, aFirst, at), joinCodes: windowOf(j, jFirst, at) };
    },
    async remove(key, joinCode, at) {
      const minute = Math.floor(Date.now() / MINUTE_MS);
      await redis.script(COUNT, keys(key), [minute, joinCode ? 1 : 0, -1, Math.floor(at / MINUTE_MS)]);
    },
  };
}
