import { publicDataGeneration } from "@/lib/cache/public-data";

interface Entry<V> {
  value: V;
  expiresAt: number;
  generation: number;
  size: number;
}

/**
 * A small in-process cache of public output: entries live `ttlMs`, die with
 * the public-data generation they were made in, and the least recently used
 * go first when `maxEntries` or `maxSize` (in the caller's unit) is reached.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private size = 0;

  constructor(private readonly options: { ttlMs: number; maxEntries: number; maxSize?: number; now?: () => number }) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now() || entry.generation !== publicDataGeneration()) {
      this.delete(key);
      return undefined;
    }
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps `value`. `generation` is the public-data generation it was made in
   * (now, unless given): something read before a change and kept after it is
   * dropped at the next get, not served as current.
   */
  set(key: string, value: V, size = 1, generation = publicDataGeneration()): void {
    if (this.options.ttlMs <= 0) return;
    if (this.options.maxSize !== undefined && size > this.options.maxSize) return;
    this.delete(key);
    this.entries.set(key, {
      value,
      expiresAt: this.now() + this.options.ttlMs,
      generation,
      size,
    });
    this.size += size;
    while (
      this.entries.size > this.options.maxEntries ||
      (this.options.maxSize !== undefined && this.size > this.options.maxSize)
    ) {
      this.delete(this.entries.keys().next().value!);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }

  get count(): number {
    return this.entries.size;
  }
}

/**
 * What `cache` keeps under `key`, or else `load()`'s answer, kept as a promise
 * so that callers arriving while it loads share the one load. A failed load is
 * not kept.
 */
export function keptOrLoaded<V>(cache: TtlCache<Promise<V>>, key: string, load: () => Promise<V>): Promise<V> {
  const kept = cache.get(key);
  if (kept) return kept;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  return loading;
}
