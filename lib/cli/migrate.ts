// `npm run db:migrate`: applies pending migrations and seeds reference data,
// to DATABASE_URL or to the embedded database. Like `npm start`, it counts as
// production unless NODE_ENV=development is set: the first run creates the
// instance settings, which must then name the real operator.
import { launchPlan } from "@/lib/cli/launch-mode";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { DatabasePurposeError } from "@/lib/demo/guard";
import { ConfigurationError, env, resetEnvCache, setDatabaseUrl } from "@/lib/env";
import { loadEnvFile } from "@/lib/cli/load-env-file";

async function main() {
  loadEnvFile();
  Object.assign(process.env, launchPlan({ command: "start", demo: false }, process.env).environment);
  resetEnvCache();
  const config = env();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
  try {
    let url = config.DATABASE_URL;
    if (embedded) {
      await embedded.createDatabase("ngo_platform");
      url = embedded.url("ngo_platform");
      setDatabaseUrl(url);
    }
    await prepareDatabase({ databaseUrl: url!, demo: false, migrate: true });
  } finally {
    await disconnectDb();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigurationError || error instanceof DatabasePurposeError ? error.message : error);
  process.exit(1);
});
