import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrations";
import { disconnectDb } from "@/lib/db/client";
import { setDatabaseUrl } from "@/lib/env";
import { seedSpheres, seedTerritories } from "@/lib/reference-data/seed";
import { ensureSearchLexicon } from "@/lib/search/lexicon/load";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

declare global {
  var __TEST_DATABASE__: TestDatabase | undefined;
}

// Runs once before the integration tests: a fresh database, migrated the way
// the app migrates at start, with the reference data every test may rely on.
export default async function globalSetup(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  // Seals two-factor secrets (lib/security/secret-box.ts); a test-only value.
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789";
  // Uploaded files of this run, in a folder of their own (lib/files/local-store.ts).
  process.env.FILE_STORAGE_DIR ??= mkdtempSync(path.join(os.tmpdir(), "ngo-int-files-"));
  const database = await createTestDatabase();
  globalThis.__TEST_DATABASE__ = database;
  // Test files read it from the environment, which Jest passes on to them.
  process.env.DATABASE_URL = database.url;
  process.env.TEST_DATABASE_EMBEDDED = String(database.embedded);
  setDatabaseUrl(database.url);
  await applyMigrations(database.url);
  await seedTerritories();
  await seedSpheres();
  await ensureSearchLexicon();
  await disconnectDb();
}
