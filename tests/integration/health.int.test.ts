import pg from "pg";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db/client";
import { appliedMigrationRows, checkHealth, createHealthCheck, HEALTH_MAX_AGE_MS } from "@/lib/db/health";
import { listMigrationFiles } from "@/lib/db/migrations";
import { setDatabaseUrl, env } from "@/lib/env";

describe("checkHealth", () => {
  it("reports a reachable, fully migrated database", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.database.reachable).toBe(true);
    expect(report.migrations).toMatchObject({ current: true, pending: [], failed: [] });
    expect(report.migrations.applied).toBeGreaterThan(0);
  });

  it("answers 100 parallel calls from one read of the migrations folder and one database check per freshness window", async () => {
    let folderReads = 0;
    let databaseChecks = 0;
    let clock = 1_000_000;
    const check = createHealthCheck({
      migrationFiles: () => {
        folderReads += 1;
        return listMigrationFiles();
      },
      appliedMigrations: () => {
        databaseChecks += 1;
        return appliedMigrationRows();
      },
      now: () => clock,
    });
    const many = async () =>
      (await Promise.all(Array.from({ length: 100 }, () => check()))).map((report) => report.status);
    expect(new Set(await many())).toEqual(new Set(["ok"]));
    expect({ folderReads, databaseChecks }).toEqual({ folderReads: 1, databaseChecks: 1 });
    // Still fresh: the same answer, nothing asked.
    clock += HEALTH_MAX_AGE_MS - 1;
    expect(new Set(await many())).toEqual(new Set(["ok"]));
    expect({ folderReads, databaseChecks }).toEqual({ folderReads: 1, databaseChecks: 1 });
    // Older than the window: the database is asked once more, the folder is not read again.
    clock += 2;
    expect(new Set(await many())).toEqual(new Set(["ok"]));
    expect({ folderReads, databaseChecks }).toEqual({ folderReads: 1, databaseChecks: 2 });
  });

  it("answers 100 parallel requests of /api/health with 200 without opening a connection per request", async () => {
    const connect = jest.spyOn(pg.Client.prototype, "connect");
    try {
      const responses = await Promise.all(Array.from({ length: 100 }, () => GET()));
      expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
      expect((await responses[0]!.json()).status).toBe("ok");
      // The app's pool: at most the one connection it may have had to open now.
      expect(connect.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      connect.mockRestore();
    }
  });

  it("reports an unreachable database as down without leaking its address", async () => {
    const original = env().DATABASE_URL!;
    setDatabaseUrl("postgresql://nobody:secret@127.0.0.1:1/none");
    await disconnectDb();
    try {
      const report = await createHealthCheck()();
      expect(report).toMatchObject({ status: "down", database: { reachable: false } });
      expect(JSON.stringify(report)).not.toContain("secret");
    } finally {
      setDatabaseUrl(original);
      await disconnectDb();
    }
  });

  it("reports migrations the database lacks as degraded", async () => {
    const check = createHealthCheck({
      migrationFiles: () => [
        ...listMigrationFiles(),
        { name: "29991231000000_future", sql: "", checksum: "0".repeat(64) },
      ],
    });
    expect(await check()).toMatchObject({
      status: "degraded",
      migrations: { current: false, pending: ["29991231000000_future"] },
    });
  });
});
