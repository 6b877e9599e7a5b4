import type { BudgetShare } from '../sync/admission';
import type { SharedRedis } from './sharedRedis';

const MINUTE_MS = 60_000;
/** How often an instance reports what its members sent and learns what they sent elsewhere. */
const FLUSH_EVERY_MS = 1_000;

/**
 * For each pair of keys (this minute's bucket, the previous one) adds ARGV[i] bytes to this minute's
 * and returns both totals: the cluster's bytes per member, in one command for every active member.
 */
const REPORT = `
local out = {}
for i = 1, #KEYS, 2 do
  local bytes = tonumber(ARGV[(i + 1) / 2])
  local current = bytes > 0 and redis.call('INCRBY', KEYS[i], bytes) or tonumber(redis.call('GET', KEYS[i]) or '0')
  if bytes > 0 then redis.call('EXPIRE', KEYS[i], 150) end
  out[#out + 1] = current
  out[#out + 1] = tonumber(redis.call('GET', KEYS[i + 1]) or '0')
end
return out`;

interface Usage {
  minute: number;
  current: number;
  previous: number;
  pending: number;
  lastUsed: number;
}

/**
 * [SYNC8]/[SYNC10] A member's update bytes per minute, counted across instances. The hot path stays in
 * memory: `used` adds to a tally, `others` reads the last learned figure. Once a second the instance
 * adds its tallies to per-minute counters in Redis (one command for every member active here in the
 * last minute) and learns, from the same reply, what the others took: a sliding minute (this minute's
 * bytes plus the previous minute's, weighted by how much of it still lies within 60 s), minus its own.
 * A member sending through several instances therefore gets one budget per minute in total; only a
 * burst in the first second on an instance that had not seen them yet can exceed it (by at most one
 * bucket per instance). While Redis does not answer, each instance keeps its own budget.
 */
export function sharedBudgets(redis: SharedRedis, now: () => number = Date.now) {
  const usage = new Map<string, Usage>();
  const others = new Map<string, number>();
  const roll = (u: Usage, minute: number) => {
    if (u.minute === minute) return;
    u.previous = u.minute === minute - 1 ? u.current : 0;
    u.current = 0;
    u.minute = minute;
  };
  const key = (member: string, minute: number) => `${redis.prefix}budget:${member}:${minute}`;

  async function flush(): Promise<void> {
    const at = now();
    const minute = Math.floor(at / MINUTE_MS);
    const active = [...usage].filter(([member, u]) => {
      if (at - u.lastUsed <= MINUTE_MS) return true;
      usage.delete(member);
      others.delete(member);
      return false;
    });
    if (active.length === 0) return;
    const sent = active.map(([, u]) => {
      roll(u, minute);
      const bytes = u.pending;
      u.current += bytes;
      u.pending = 0;
      return bytes;
    });
    const keys = active.flatMap(([member]) => [key(member, minute), key(member, minute - 1)]);
    const reply = await redis.script(REPORT, keys, sent);
    const totals = Array.isArray(reply) ? reply.map(Number) : [];
    const weight = 1 - (at - minute * MINUTE_MS) / MINUTE_MS;
    for (const [i, [member, u]] of active.entries()) {
      const current = (totals[2 * i] ?? 0) - u.current;
      const previous = (totals[2 * i + 1] ?? 0) - u.previous;
      others.set(member, Math.max(0, current + previous * weight));
    }
  }

  let flushing = false;
  const timer = setInterval(() => {
    if (flushing) return;
    flushing = true;
    // Redis away: the pending bytes are lost to the cluster's count, and each instance counts alone.
    flush()
      .catch(() => others.clear())
      .finally(() => {
        flushing = false;
      });
  }, FLUSH_EVERY_MS);
  timer.unref();

  const share: BudgetShare & { stop(): void } = {
    used(member, bytes) {
      // Only members are the same person everywhere: `connection:<n>` numbers are per process.
      if (!member.startsWith('member:')) return;
      const at = now();
      const u = usage.get(member) ?? {
        minute: Math.floor(at / MINUTE_MS),
        current: 0,
        previous: 0,
        pending: 0,
        lastUsed: at,
      };
      u.pending += bytes;
      u.lastUsed = at;
      usage.set(member, u);
    },
    others: (member) => others.get(member) ?? 0,
    stop: () => clearInterval(timer),
  };
  return share;
}
