// Readiness of the database for /api/health: reachable, and every migration
// in prisma/migrations applied.
//
// Load balancers and monitors call it often and many at once, so it must cost
// next to nothing and never compete with visitors for connections: it asks
// through the app's own pool, reads the migration files once per process
// (they change only with a deploy, which restarts the process), and asks the
// database at most once per HEALTH_MAX_AGE_MS. Calls in between, or while the
// question is on its way, share that answer.
import { db } from "@/lib/db/client";
import { compareHistory, listMigrationFiles, type AppliedMigrationRow, type MigrationFile } from "@/lib/db/migrations";
import { log } from "@/lib/log";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs?: number };
  migrations: { current: boolean; applied: number; pending: string[]; failed: string[] };
  /** When the database was asked; the answer is at most HEALTH_MAX_AGE_MS old. */
  checkedAt: string;
}

/** How old an answer may be: a load balancer checking every few seconds still sees a failure at its next check. */
export const HEALTH_MAX_AGE_MS = 2_000;
/** A database that does not answer within this is reported down rather than holding the caller. */
const HEALTH_TIMEOUT_MS = 5_000;

/** What `_prisma_migrations` records, read through the app's pool. */
export async function appliedMigrationRows(): Promise<AppliedMigrationRow[]> {
  const [table] = await db().$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`;
  if (!table?.present) return [];
  return db().$queryRaw<AppliedMigrationRow[]>`
    SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`;
}

export interface HealthSources {
  migrationFiles: () => MigrationFile[];
  appliedMigrations: () => Promise<AppliedMigrationRow[]>;
  now: () => number;
  maxAgeMs: number;
}

const down = (checkedAt: number): HealthReport => ({
  status: "down",
  database: { reachable: false },
  migrations: { current: false, applied: 0, pending: [], failed: [] },
  checkedAt: new Date(checkedAt).toISOString(),
});

/** A health check with its own memory; the endpoint uses `checkHealth`, tests make their own. */
export function createHealthCheck(overrides: Partial<HealthSources> = {}): () => Promise<HealthReport> {
  const sources: HealthSources = {
    migrationFiles: listMigrationFiles,
    appliedMigrations: appliedMigrationRows,
    now: Date.now,
    maxAgeMs: HEALTH_MAX_AGE_MS,
    ...overrides,
  };
  let files: MigrationFile[] | undefined;
  let latest: { askedAt: number; report: Promise<HealthReport> } | undefined;

  async function ask(askedAt: number): Promise<HealthReport> {
    const started = performance.now();
    try {
      files ??= sources.migrationFiles();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
      });
      const rows = await Promise.race([sources.appliedMigrations(), timeout]).finally(() => clearTimeout(timer));
      const status = compareHistory(files, rows);
      const current = status.pending.length === 0 && status.failed.length === 0;
      return {
        status: current ? "ok" : "degraded",
        database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
        migrations: { current, applied: status.applied.length, pending: status.pending, failed: status.failed },
        checkedAt: new Date(askedAt).toISOString(),
      };
    } catch (error) {
      log.error("health check: database unreachable", { error });
      return down(askedAt);
    }
  }

  return () => {
    const now = sources.now();
    if (!latest || now - latest.askedAt >= sources.maxAgeMs) latest = { askedAt: now, report: ask(now) };
    return latest.report;
  };
}

// One per server process, kept across hot reloads in development.
const store = globalThis as unknown as { ngoHealthCheck?: () => Promise<HealthReport> };

export function checkHealth(): Promise<HealthReport> {
  store.ngoHealthCheck ??= createHealthCheck();
  return store.ngoHealthCheck();
}
