import { publicDataChanged, registerPublicDataAnnouncer } from "@/lib/cache/public-data";
import { startPublicDataBroadcast, type PublicDataBroadcast } from "@/lib/cache/public-data-broadcast";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Several instances behind a load balancer each keep public pages for a while
// (lib/http/page-cache.ts). A takedown made on one must not stay visible on
// another for the cache's lifetime: changes are broadcast through PostgreSQL.
describe("public data changes across instances", () => {
  const started: PublicDataBroadcast[] = [];
  const start = async (options: { onRemoteChange?: () => void } = {}) => {
    const broadcast = await startPublicDataBroadcast({ connectionString: env().DATABASE_URL!, ...options });
    started.push(broadcast);
    return broadcast;
  };
  const eventually = async (condition: () => boolean) => {
    for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(condition()).toBe(true);
  };

  afterEach(async () => {
    registerPublicDataAnnouncer(undefined);
    await Promise.all(started.splice(0).map((broadcast) => broadcast.stop()));
  });

  it("drops another instance's cached pages when a change is announced", async () => {
    const cache = new TtlCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    // This instance listens with the default reaction: its caches' entries die.
    await start();
    cache.set("/organizacje/ukryta-organizacja", "<html>a page taken down elsewhere</html>");
    expect(cache.get("/organizacje/ukryta-organizacja")).toBeDefined();
    const elsewhere = await start({ onRemoteChange: () => undefined });
    elsewhere.announce();
    await eventually(() => cache.get("/organizacje/ukryta-organizacja") === undefined);
  });

  it("announces every publicDataChanged() to the other instances, not to itself", async () => {
    let seenHere = 0;
    let seenElsewhere = 0;
    const here = await start({ onRemoteChange: () => (seenHere += 1) });
    await start({ onRemoteChange: () => (seenElsewhere += 1) });
    registerPublicDataAnnouncer(here.announce);
    publicDataChanged();
    publicDataChanged();
    await eventually(() => seenElsewhere === 2);
    expect(seenHere).toBe(0);
  });

  it("reconnects after losing its connection, and counts the gap as a change", async () => {
    let seen = 0;
    await start({ onRemoteChange: () => (seen += 1) });
    const [listener] = await db().$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`;
    await db().$queryRaw`SELECT pg_terminate_backend(${listener!.pid})`;
    await eventually(() => seen === 1);
    const elsewhere = await start({ onRemoteChange: () => undefined });
    elsewhere.announce();
    await eventually(() => seen === 2);
  });
});
