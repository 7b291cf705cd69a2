import { LRUCache } from 'lru-cache';

/**
 * A short-lived cache of what anonymous visitors read (a call's public page, its form): every
 * visitor around a deadline asks for the same few rows, so each is read once per `ttlMs` and
 * the requests that arrive while it is being read share that one read. The owner clears it
 * with every change it makes; other writers' changes show within `ttlMs`. A miss (null: not
 * found) is never kept. `ttlMs` 0 turns it off (tests write rows straight into the database).
 */
export class PublicReadCache<T extends object> {
  private readonly cache: LRUCache<string, T, () => Promise<T | null>> | null;

  constructor(ttlMs: number, maxEntries = 1000) {
    this.cache =
      ttlMs > 0
        ? new LRUCache<string, T, () => Promise<T | null>>({
            max: maxEntries,
            ttl: ttlMs,
            fetchMethod: async (_key, _stale, { context }) => (await context()) ?? undefined,
          })
        : null;
  }

  async read(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!this.cache) return load();
    return (await this.cache.fetch(key, { context: load })) ?? null;
  }

  clear(): void {
    this.cache?.clear();
  }
}
