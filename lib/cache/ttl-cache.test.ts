import { publicDataChanged } from "@/lib/cache/public-data";
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";

describe("TtlCache", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000;
  });

  it("returns entries until they expire", () => {
    const cache = new TtlCache<string>({ ttlMs: 100, maxEntries: 10, now });
    cache.set("a", "A");
    clock += 99;
    expect(cache.get("a")).toBe("A");
    clock += 1;
    expect(cache.get("a")).toBeUndefined();
  });

  it("drops everything made before public data changed", () => {
    const cache = new TtlCache<string>({ ttlMs: 1_000, maxEntries: 10, now });
    cache.set("a", "A");
    publicDataChanged();
    expect(cache.get("a")).toBeUndefined();
    cache.set("a", "B");
    expect(cache.get("a")).toBe("B");
  });

  it("evicts the least recently used when full, by count and by size", () => {
    const cache = new TtlCache<string>({ ttlMs: 1_000, maxEntries: 2, maxSize: 10, now });
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    cache.get("a");
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    cache.set("huge", "H", 11);
    expect(cache.get("huge")).toBeUndefined();
    cache.set("d", "D", 8);
    expect(cache.count).toBe(1);
    expect(cache.get("d")).toBe("D");
  });

  it("stores nothing when its lifetime is zero (caching switched off)", () => {
    const cache = new TtlCache<string>({ ttlMs: 0, maxEntries: 10, now });
    cache.set("a", "A");
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("keptOrLoaded", () => {
  it("loads once for callers that arrive together, keeps the answer, and forgets a failed load", async () => {
    const cache = new TtlCache<Promise<number>>({ ttlMs: 1_000, maxEntries: 10 });
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const [a, b] = await Promise.all([keptOrLoaded(cache, "k", load), keptOrLoaded(cache, "k", load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await keptOrLoaded(cache, "k", load)).toBe(1);

    const failing = keptOrLoaded(cache, "bad", () => Promise.reject(new Error("database away")));
    await expect(failing).rejects.toThrow("database away");
    expect(await keptOrLoaded(cache, "bad", load)).toBe(2);
  });
});
