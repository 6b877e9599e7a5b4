/**
 * An in-process mutex per key: a backend's room locks first queue here, so one process has at most
 * one holder or waiter per room in the database (one pooled connection, one lease row).
 */
export class KeyedMutex {
  /** Present while the key is held: those waiting for it, in order. */
  private readonly queues = new Map<string, (() => void)[]>();

  isHeld(key: string): boolean {
    return this.queues.has(key);
  }

  /** The key's release when it was free; null when it is held. */
  tryLock(key: string): (() => void) | null {
    if (this.queues.has(key)) return null;
    this.queues.set(key, []);
    return this.releaser(key);
  }

  /** Waits for the key and resolves with its release. */
  lock(key: string): Promise<() => void> {
    const free = this.tryLock(key);
    if (free) return Promise.resolve(free);
    return new Promise((resolve) => this.queues.get(key)?.push(() => resolve(this.releaser(key))));
  }

  private releaser(key: string): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.queues.get(key)?.shift();
      if (next) next();
      else this.queues.delete(key);
    };
  }
}
