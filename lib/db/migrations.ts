// Applies migrations kept in Prisma's layout (prisma/migrations/<name>/migration.sql)
// and records them in Prisma's own `_prisma_migrations` table with the same
// columns and sha256 checksums, so `prisma migrate deploy` on a machine with
// the native engine sees the same history. Migrations only go forward.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { log } from "@/lib/log";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

// The key `prisma migrate deploy` locks with: instances starting together, or
// Prisma's CLI running beside us, apply migrations one at a time.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

// The server runs from the repository root, where prisma/migrations is; the
// bundler need not trace these reads (it would pull in the whole project).
export function listMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed afterwards. */
  modified: string[];
  /** Rows Prisma left unfinished (a failed `migrate deploy`). */
  failed: string[];
}

/** A row of `_prisma_migrations` as the comparison needs it. */
export interface AppliedMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

async function readAppliedRows(client: pg.ClientBase) {
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS name`);
  if (!table.rows[0]?.name) return [];
  const result = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return result.rows;
}

export function compareHistory(files: MigrationFile[], rows: AppliedMigrationRow[]): MigrationStatus {
  const finished = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
  return {
    applied: files.filter((f) => finished.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !finished.has(f.name)).map((f) => f.name),
    modified: files.filter((f) => finished.has(f.name) && finished.get(f.name) !== f.checksum).map((f) => f.name),
    failed: rows.filter((r) => !r.finished_at).map((r) => r.migration_name),
  };
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const appliedNow: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const status = compareHistory(listMigrationFiles(dir), await readAppliedRows(client));
    if (status.failed.length > 0) {
      throw new MigrationError(
        `A previous migration failed and was not resolved: ${status.failed.join(", ")}. ` +
          `Fix the database by hand and mark it with \`prisma migrate resolve\`.`,
        status.failed[0],
      );
    }
    for (const name of status.modified) {
      log.warn("migration file changed after it was applied", { migration: name });
    }
    const files = new Map(listMigrationFiles(dir).map((f) => [f.name, f]));
    for (const name of status.pending) {
      const file = files.get(name)!;
      const startedAt = new Date();
      try {
        await client.query("BEGIN");
        await client.query(file.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, $4, 1)`,
          [randomUUID(), file.checksum, name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${name} failed: ${(error as Error).message}`, name);
      }
      appliedNow.push(name);
      log.info("migration applied", { migration: name });
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
