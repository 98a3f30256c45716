import { checkHealth } from "@/lib/db/health";
import { setDatabaseUrl, env } from "@/lib/env";

describe("checkHealth", () => {
  it("reports a reachable, fully migrated database", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.database.reachable).toBe(true);
    expect(report.migrations).toMatchObject({ current: true, pending: [], failed: [] });
    expect(report.migrations.applied).toBeGreaterThan(0);
  });

  it("reports an unreachable database as down without leaking its address", async () => {
    const original = env().DATABASE_URL!;
    setDatabaseUrl("postgresql://nobody:secret@127.0.0.1:1/none");
    try {
      const report = await checkHealth();
      expect(report).toMatchObject({ status: "down", database: { reachable: false } });
      expect(JSON.stringify(report)).not.toContain("secret");
    } finally {
      setDatabaseUrl(original);
    }
  });
});
