import { MemoryRateLimiter, rateLimitHeaders } from "@/lib/http/memory-rate-limit";

describe("MemoryRateLimiter", () => {
  it("allows the limit per window and client, then refuses until the window ends", () => {
    let clock = 0;
    const limiter = new MemoryRateLimiter({ limit: 2, windowMs: 60_000, now: () => clock });
    expect(limiter.hit("a").allowed).toBe(true);
    expect(limiter.hit("a")).toMatchObject({ allowed: true, remaining: 0 });
    const refused = limiter.hit("a");
    expect(refused).toMatchObject({ allowed: false, resetSeconds: 60 });
    expect(rateLimitHeaders(refused)["Retry-After"]).toBe("60");
    expect(limiter.hit("b").allowed).toBe(true);
    clock = 60_000;
    expect(limiter.hit("a")).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("forgets old clients beyond its capacity", () => {
    let clock = 0;
    const limiter = new MemoryRateLimiter({ limit: 1, windowMs: 1_000, now: () => clock, maxClients: 2 });
    limiter.hit("a");
    clock = 2_000;
    limiter.hit("b");
    limiter.hit("c");
    // "a" was forgotten: its next request starts a new window.
    expect(limiter.hit("a").allowed).toBe(true);
  });
});
