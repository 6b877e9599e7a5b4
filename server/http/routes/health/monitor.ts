import type { Health, RedisCheck, StorageCheck } from '../../../../shared/api/errors';
import type { Logger } from '../../../logger';
import type { IntegrityResult, Storage } from '../../../storage/Storage';
import type { CommitOutcome } from '../../../sync/UpdateWriter';

export interface HealthOptions {
  storage: Storage;
  logger: Logger;
  /** The latest group commit of document updates (the sync server's writer). */
  lastCommit: () => CommitOutcome | null;
  /** A write probe is committed at most this often, however often /healthz is asked. */
  probeEveryMs?: number;
  /** `PRAGMA quick_check` at start and then this often (it reads the whole file). */
  integrityEveryMs?: number;
  /** [SYNC10] Redis between instances, when REDIS_URL is set: reported apart from storage. */
  redis?: { ping(): Promise<void> };
}

/** How long /healthz waits for Redis to answer a PING. */
const REDIS_PING_MS = 1_000;

const PROBE_EVERY_MS = 5_000;
const INTEGRITY_EVERY_MS = 6 * 60 * 60_000;

/**
 * What /healthz reports about storage. "Answers a query" is not health: a full disk or a read-only
 * file still answers SELECT 1. So health is the outcome of the latest write — a tiny probe committed
 * at most every few seconds, or the latest group commit of document updates, whichever is newer —
 * and of the latest integrity check (at start, then every few hours, in a worker thread).
 */
export class HealthMonitor {
  private probe: CommitOutcome | null = null;
  private probing: Promise<void> | null = null;
  private integrity: IntegrityResult | null = null;
  private integrityCheckedAt: number | null = null;
  private integrityTimer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private redisDown = false;
  private readonly probeEveryMs: number;
  private readonly integrityEveryMs: number;

  constructor(private readonly options: HealthOptions) {
    this.probeEveryMs = options.probeEveryMs ?? PROBE_EVERY_MS;
    this.integrityEveryMs = options.integrityEveryMs ?? INTEGRITY_EVERY_MS;
  }

  /** Starts the integrity checks: one now, then on the slow cadence. */
  start(): void {
    void this.checkIntegrity();
    this.integrityTimer = setInterval(() => void this.checkIntegrity(), this.integrityEveryMs);
    this.integrityTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.integrityTimer) clearInterval(this.integrityTimer);
    await Promise.allSettled([this.checking, this.probing]);
  }

  /** The current health; commits a probe first when the last one is older than the probe interval. */
  async check(): Promise<Health> {
    if (!this.probe || Date.now() - this.probe.at >= this.probeEveryMs) await this.runProbe();
    const commit = this.options.lastCommit();
    const latest = commit && (!this.probe || commit.at > this.probe.at) ? commit : this.probe;
    const write: StorageCheck['write'] = latest?.ok ? 'ok' : 'failing';
    const integrity: StorageCheck['integrity'] =
      this.integrity === null
        ? 'pending'
        : this.integrity.status === 'failed'
          ? 'unknown'
          : this.integrity.status;
    const storageStatus = write === 'ok' && integrity !== 'corrupt' ? 'ok' : 'unavailable';
    const storage: StorageCheck = {
      status: storageStatus,
      write,
      integrity,
      integrityCheckedAt: this.integrityCheckedAt,
    };
    const redis = this.options.redis ? await this.checkRedis(this.options.redis) : undefined;
    const status: Health['status'] =
      storageStatus !== 'ok' ? 'unavailable' : redis?.status === 'unavailable' ? 'degraded' : 'ok';
    return { status, checks: redis ? { storage, redis } : { storage } };
  }

  /**
   * Redis answers a PING within a second, or it counts as unavailable (its error is logged, not shown):
   * logged when the answer changes, not on every /healthz (a load balancer asks every few seconds).
   */
  private async checkRedis(redis: { ping(): Promise<void> }): Promise<RedisCheck> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer within a second')), REDIS_PING_MS);
    });
    try {
      await Promise.race([redis.ping(), late]);
      if (this.redisDown) this.options.logger.info('health: redis answers again');
      this.redisDown = false;
      return { status: 'ok' };
    } catch (err) {
      if (!this.redisDown)
        this.options.logger.warn({ err: (err as Error).message }, 'health: redis does not answer');
      this.redisDown = true;
      return { status: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  }

  private runProbe(): Promise<void> {
    this.probing ??= this.options.storage
      .probeWrite()
      .then(
        () => {
          this.probe = { ok: true, at: Date.now() };
        },
        (err: unknown) => {
          if (this.probe?.ok !== false) this.options.logger.error({ err }, 'health: storage cannot write');
          this.probe = { ok: false, at: Date.now() };
        },
      )
      .finally(() => {
        this.probing = null;
      });
    return this.probing;
  }

  /** Runs one integrity check (not two at once); resolves when it is done. */
  checkIntegrity(): Promise<void> {
    this.checking ??= this.options.storage
      .checkIntegrity()
      .catch((err: unknown): IntegrityResult => ({ status: 'failed', error: String(err) }))
      .then((result) => {
        this.integrity = result;
        this.integrityCheckedAt = Date.now();
        const { logger } = this.options;
        if (result.status === 'corrupt') {
          logger.error({ problems: result.problems.slice(0, 20) }, 'health: stored data is corrupt');
        } else if (result.status === 'failed') {
          logger.warn({ error: result.error }, 'health: integrity check could not run');
        }
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }
}
