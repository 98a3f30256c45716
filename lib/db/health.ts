// Readiness of the database for /api/health: reachable, and every migration
// in prisma/migrations applied.
import { migrationStatus } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs?: number };
  migrations: { current: boolean; applied: number; pending: string[]; failed: string[] };
}

export async function checkHealth(): Promise<HealthReport> {
  const url = env().DATABASE_URL;
  const started = performance.now();
  try {
    if (!url) throw new Error("DATABASE_URL is not set");
    const status = await migrationStatus(url);
    const current = status.pending.length === 0 && status.failed.length === 0;
    return {
      status: current ? "ok" : "degraded",
      database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
      migrations: { current, applied: status.applied.length, pending: status.pending, failed: status.failed },
    };
  } catch (error) {
    log.error("health check: database unreachable", { error });
    return { status: "down", database: { reachable: false }, migrations: { current: false, applied: 0, pending: [], failed: [] } };
  }
}
