import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { listMigrationFiles, MIGRATIONS_DIR } from "@/lib/db/migrations";

describe("listMigrationFiles", () => {
  it("lists migration folders in order with Prisma's sha256 checksum", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    for (const [name, sql] of [
      ["20260102000000_second", "ALTER TABLE a ADD COLUMN b int;\n"],
      ["20260101000000_first", "CREATE TABLE a (id int);\n"],
    ]) {
      mkdirSync(path.join(dir, name!));
      writeFileSync(path.join(dir, name!, "migration.sql"), sql!);
    }
    mkdirSync(path.join(dir, "not_a_migration"));
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');

    const files = listMigrationFiles(dir);
    expect(files.map((f) => f.name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(files[0]!.checksum).toBe(createHash("sha256").update("CREATE TABLE a (id int);\n").digest("hex"));
  });

  it("finds the project's own migrations", () => {
    const files = listMigrationFiles(MIGRATIONS_DIR);
    expect(files.length).toBeGreaterThan(0);
    expect(files[0]!.sql).toContain('CREATE EXTENSION IF NOT EXISTS "pg_trgm"');
    expect(files[0]!.sql).toContain('CREATE EXTENSION IF NOT EXISTS "unaccent"');
  });
});
