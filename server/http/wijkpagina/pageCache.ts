/**
 * A short-lived cache of loaded pages, per instance: many readers at once (a poster in the supermarket,
 * a link in the neighbourhood app) cost one load per page and language every few seconds instead of one
 * per reader. Readers that arrive while a page loads wait for that same load. A change shows within
 * `ttlMs`; a refused question form is never cached (it carries what someone wrote).
 */
export class PageCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
  ) {}

  get(key: string, now: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { at: now, value });
    // A failed load is not kept: the next reader tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets every entry whose key starts with `prefix` (a werkgroep's pages after a change). */
  forget(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
