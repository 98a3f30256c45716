// `npm run dev` / `npm start` / `npm run demo`: without DATABASE_URL, starts the
// embedded PostgreSQL (data kept in EMBEDDED_PG_DIR), prepares the database,
// then runs Next.js and stops PostgreSQL cleanly when Next.js exits or the
// process is asked to stop. With DATABASE_URL it starts no database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { EMBEDDED_DATABASE_NAME, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { childProcessEnv, ConfigurationError, env, setDatabaseUrl } from "@/lib/env";
import { loadEnvFile } from "@/lib/cli/load-env-file";
import { log } from "@/lib/log";


/**
 * The secret that signs session cookies. Production must provide AUTH_SECRET;
 * development and the demo get one generated once and kept in .data/, so
 * sessions survive restarts and no secret is ever committed.
 */
function authSecret(demo: boolean): string {
  const config = env();
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === "production" && !demo) {
    throw new ConfigurationError(["AUTH_SECRET is required in production (at least 32 characters, e.g. openssl rand -base64 32)"]);
  }
  const file = path.join(".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  loadEnvFile();
  const mode = process.argv[2];
  const demo = process.argv.includes("--demo");
  if (mode !== "dev" && mode !== "start") {
    console.error("Usage: tsx lib/cli/serve.ts dev|start [--demo]");
    process.exit(2);
  }
  const config = env();
  const secret = authSecret(demo || mode === "dev");
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl && demo && !config.DEMO_SEED_ALLOW_EXTERNAL_DB) {
    throw new ConfigurationError([
      "the demo seeds fictional data, so it runs only on the embedded database: unset DATABASE_URL " +
        "(or set DEMO_SEED_ALLOW_EXTERNAL_DB=true for a throwaway server)",
    ]);
  }
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT });
    await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
    databaseUrl = embedded.url(EMBEDDED_DATABASE_NAME);
    setDatabaseUrl(databaseUrl);
  }

  // Set once Next.js runs; a signal may arrive before that.
  const server: { next?: ChildProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const next = server.next;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((resolve) => next.once("exit", resolve));
    }
    await disconnectDb();
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));
  // If whatever started us goes away without passing its signal on (a shell
  // between npm and us, say), stop too rather than leave PostgreSQL running.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(0);
  }, 1000).unref();

  try {
    await prepareDatabase({ databaseUrl, demo, authSecret: secret });
    await disconnectDb();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  // Development runs `next dev`; production runs Next.js behind the public page cache.
  const [command, args] =
    mode === "dev"
      ? [path.join(process.cwd(), "node_modules", ".bin", "next"), ["dev", "--port", String(config.PORT)]]
      : [process.execPath, ["--import", "tsx", path.join("lib", "cli", "next-server.ts")]];
  const next = spawn(command, args, {
    stdio: "inherit",
    env: childProcessEnv({ DATABASE_URL: databaseUrl, DEMO_MODE: String(demo), AUTH_SECRET: secret, NEXTAUTH_URL: config.APP_URL }),
  });
  server.next = next;
  log.info(`serving at http://localhost:${config.PORT}`, { mode, demo });
  next.on("exit", (code) => void shutdown(code ?? 1));
}

main().catch((error) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else log.error("could not start", { error });
  process.exit(1);
});
