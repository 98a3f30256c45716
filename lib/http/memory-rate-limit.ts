// Per-client request budgets for the open data API, counted in this process.
// The database-backed limits (lib/security/rate-limit.ts) guard sign-in and
// mail, where every attempt matters across instances; a read API answering
// hundreds of requests a second would turn those into a hot row. Here each
// instance keeps its own fixed windows, which bounds a client at the limit
// times the number of instances.

export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export class MemoryRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: WindowLimit & { now?: () => number; maxClients?: number }) {}

  hit(client: string): LimitDecision {
    const now = (this.options.now ?? Date.now)();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.options.windowMs) {
      window = { start: now, count: 0 };
      this.windows.delete(client);
      this.windows.set(client, window);
      this.prune(now);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000));
    return {
      allowed: window.count <= this.options.limit,
      limit: this.options.limit,
      remaining: Math.max(0, this.options.limit - window.count),
      resetSeconds,
    };
  }

  /** Forgets finished windows (oldest first) so a flood of addresses cannot grow the map without end. */
  private prune(now: number): void {
    const max = this.options.maxClients ?? 100_000;
    for (const [client, window] of this.windows) {
      if (this.windows.size <= max && now - window.start < this.options.windowMs) break;
      this.windows.delete(client);
    }
  }
}

/** Standard rate-limit headers (IETF draft RateLimit fields) for a decision. */
export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.resetSeconds);
  return headers;
}
