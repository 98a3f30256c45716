// One fresh database per test run: on DATABASE_URL's server when set (CI with
// an external PostgreSQL), otherwise on an embedded PostgreSQL kept in
// .data/test-postgres. Older test databases left by crashed runs are dropped.
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";
import { TEST_POSTGRES_DIR } from "@/tests/helpers/test-database-dir";

export interface TestDatabase {
  url: string;
  /** On the embedded server this run started (not on DATABASE_URL's). */
  embedded: boolean;
  dispose(): Promise<void>;
}

const PREFIX = "ngo_test_";

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const config = parseEnv(process.env);
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  if (config.DATABASE_URL) {
    adminUrl = config.DATABASE_URL;
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: TEST_POSTGRES_DIR, port: config.EMBEDDED_PG_PORT + 1 });
    adminUrl = embedded.url("postgres");
  }
  const stale = await adminQuery(adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`);
  for (const row of stale.rows as { datname: string }[]) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  }
  const name = `${PREFIX}${Date.now()}_${process.pid}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);

  return {
    url: withDatabase(adminUrl, name),
    embedded: embedded !== undefined,
    async dispose() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await embedded?.stop();
    },
  };
}
