import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { MissWindow, SharedMisses } from '../cluster/sharedMisses';
import { errorBody } from './errors';

const HOUR_MS = 60 * 60 * 1000;
const BUCKET_MS = 60 * 1000;
/** Addresses remembered at most; past this the quietest are forgotten first (memory stays bounded). */
const MAX_ADDRESSES = 100_000;

/**
 * Misses in the last hour, in one-minute buckets: a sliding window, so a budget frees up minute by
 * minute instead of all at once at the top of the hour.
 */
class HourWindow {
  #buckets = new Map<number, number>();
  #total = 0;

  count(now: number): number {
    const oldest = Math.floor((now - HOUR_MS) / BUCKET_MS);
    for (const [bucket, n] of this.#buckets) {
      if (bucket > oldest) break;
      this.#buckets.delete(bucket);
      this.#total -= n;
    }
    return this.#total;
  }

  add(now: number): void {
    const bucket = Math.floor(now / BUCKET_MS);
    this.#buckets.set(bucket, (this.#buckets.get(bucket) ?? 0) + 1);
    this.#total++;
  }

  /** Takes back one added at `at` (when it is still in the window). */
  remove(at: number): void {
    const bucket = Math.floor(at / BUCKET_MS);
    const n = this.#buckets.get(bucket);
    if (n === undefined) return;
    if (n <= 1) this.#buckets.delete(bucket);
    else this.#buckets.set(bucket, n - 1);
    this.#total--;
  }

  /** Seconds until the oldest miss leaves the window. */
  retryAfter(now: number): number {
    const first = this.#buckets.keys().next();
    if (first.done) return 0;
    return Math.max(1, Math.ceil(((first.value + 1) * BUCKET_MS + HOUR_MS - now) / 1000));
  }
}

export interface SecretGuardOptions {
  /** Wrong codes, invite codes, setup links or bearer tokens one address may send per hour. */
  missesPerAddressPerHour: number;
  /** Wrong join codes per hour from all addresses together; past it, joining by code pauses. */
  joinCodeMissesPerHour: number;
  now?: () => number;
  /** [SYNC10] With REDIS_URL: misses counted across instances too (see SharedMisses). */
  shared?: SharedMisses;
}

export type Miss = 'joinCode' | 'invite' | 'setup' | 'token';

/**
 * Bounds guessing of every secret the API takes. A *miss* is a secret that matched nothing: a join
 * code, an invite code, the one-time setup token or a bearer token (the ADMIN_TOKEN is tried that
 * way). Each address may miss `missesPerAddressPerHour` times in any hour; after that its requests
 * that carry a secret get 429 until misses age out of the window. A join code has far fewer values
 * than the others, and a miss does not say which meeting was aimed at, so no meeting can count the
 * guesses against it: instead all join-code misses share one budget, and while it is spent no code is
 * looked up at all (for anyone). That caps the guesses per hour however many addresses take part.
 * A join-code try is counted as a miss *before* the code is looked up and taken back when it matched,
 * so requests that arrive at the same moment cannot slip past a budget that is nearly spent.
 */
export class SecretGuard {
  readonly #options: SecretGuardOptions;
  readonly #now: () => number;
  readonly #byAddress = new Map<string, HourWindow>();
  readonly #joinCodes = new HourWindow();
  /** Join-code tries that are counted and may still be taken back (the code matched). */
  readonly #tries = new WeakMap<Request, { key: string; at: number }>();
  /** [SYNC10] Until when the cluster's counts (learned at this instance's misses) refuse an address… */
  readonly #clusterAddress = new Map<string, number>();
  /** …and join codes for everyone. */
  #clusterJoinCodesUntil = 0;

  constructor(options: SecretGuardOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Counts a secret from this request that matched nothing. */
  miss(req: Request, kind: Miss): void {
    this.missFrom(addressKey(req), kind);
  }

  /** Seconds to wait when the request's address has used up its misses, else 0. */
  addressBlocked(req: Request): number {
    return this.waitFor(addressKey(req));
  }

  /** Counts a miss from `key` (an address, as `addressKey` makes it); returns when. */
  missFrom(key: string, kind: Miss): number {
    const now = this.#now();
    let window = this.#byAddress.get(key);
    if (!window) {
      if (this.#byAddress.size >= MAX_ADDRESSES) this.#forgetQuietest();
      window = new HourWindow();
    } else this.#byAddress.delete(key); // re-inserted below: the map's order is least recently missed first
    window.add(now);
    this.#byAddress.set(key, window);
    if (kind === 'joinCode') this.#joinCodes.add(now);
    // Redis away: the count here still holds for this instance.
    this.#options.shared
      ?.add(key, kind === 'joinCode', now)
      .then((cluster) => this.#learn(key, cluster, now))
      .catch(() => {});
    return now;
  }

  /** What the cluster counted, as "refused until" moments (only once a budget is spent). */
  #learn(key: string, cluster: { address: MissWindow; joinCodes: MissWindow }, now: number): void {
    if (cluster.address.count >= this.#options.missesPerAddressPerHour) {
      if (this.#clusterAddress.size >= MAX_ADDRESSES) this.#clusterAddress.clear();
      this.#clusterAddress.set(key, now + cluster.address.retryAfter * 1000);
    } else this.#clusterAddress.delete(key);
    if (cluster.joinCodes.count >= this.#options.joinCodeMissesPerHour)
      this.#clusterJoinCodesUntil = now + cluster.joinCodes.retryAfter * 1000;
  }

  /** Seconds until a moment the cluster set, or 0 when it has passed. */
  #clusterWait(until: number | undefined, now: number): number {
    return until !== undefined && until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  /** Takes back a join-code miss counted at `at` for `key`: the code matched. */
  matchedFrom(key: string, at: number): void {
    this.#byAddress.get(key)?.remove(at);
    this.#joinCodes.remove(at);
    this.#options.shared?.remove(key, true, at).catch(() => {});
  }

  /** The join code of this request matched a meeting: its try is not a miss. */
  matched(req: Request): void {
    const tried = this.#tries.get(req);
    if (!tried) return;
    this.#tries.delete(req);
    this.matchedFrom(tried.key, tried.at);
  }

  /** Seconds `key` must wait when it has used up its misses, else 0. */
  waitFor(key: string): number {
    const now = this.#now();
    const window = this.#byAddress.get(key);
    const cluster = this.#clusterWait(this.#clusterAddress.get(key), now);
    if (!window || window.count(now) < this.#options.missesPerAddressPerHour) return cluster;
    return Math.max(window.retryAfter(now), cluster);
  }

  /** Seconds to wait while the shared join-code budget is spent, else 0. */
  joinCodesPaused(): number {
    const now = this.#now();
    const cluster = this.#clusterWait(this.#clusterJoinCodesUntil, now);
    if (this.#joinCodes.count(now) < this.#options.joinCodeMissesPerHour) return cluster;
    return Math.max(this.#joinCodes.retryAfter(now), cluster);
  }

  /** Before a route that takes a secret: refuse an address that has missed too often. */
  readonly gate: RequestHandler = (req, res, next) => {
    const wait = this.addressBlocked(req);
    if (wait > 0) return tooMany(res, 'rate_limited', wait);
    next();
  };

  /**
   * Before a route that takes a join code: also refuse while the shared budget is spent; otherwise
   * count the try as a miss until the handler says it `matched`.
   */
  readonly joinCodeGate: RequestHandler = (req, res, next) => {
    const paused = this.joinCodesPaused();
    const wait = Math.max(this.addressBlocked(req), paused);
    if (wait > 0) return tooMany(res, paused > 0 ? 'join_paused' : 'rate_limited', wait);
    const key = addressKey(req);
    this.#tries.set(req, { key, at: this.missFrom(key, 'joinCode') });
    next();
  };

  /** Forgets the addresses that missed longest ago (the map keeps them in that order). */
  #forgetQuietest(): void {
    for (const key of this.#byAddress.keys()) {
      if (this.#byAddress.size < MAX_ADDRESSES * 0.9) return;
      this.#byAddress.delete(key);
    }
  }
}

/** One key per IPv4 address, per /56 for IPv6 (one household or server gets a whole block). */
export const addressKey = (req: Pick<Request, 'ip'>) => ipKeyGenerator(req.ip ?? 'unknown', 56);

export function tooMany(res: Response, code: 'rate_limited' | 'join_paused', retryAfter: number): void {
  res.setHeader('Retry-After', String(retryAfter));
  res.status(429).json(errorBody(code));
}
