// `npm run worker`: works the background jobs in a process of its own, for
// production set-ups that run the app with JOBS_WORKER=separate. Several
// workers may run at once; pg-boss hands each job to one of them. It runs in
// production (AUTH_SECRET and SMTP_URL required) unless NODE_ENV=development
// is set explicitly (lib/cli/launch-mode.ts), and never on the demo's database.
import { broadcastPublicDataChanges } from "@/lib/cache/public-data-broadcast";
import { launchPlan, productionProblems } from "@/lib/cli/launch-mode";
import { loadEnvFile } from "@/lib/cli/load-env-file";
import { disconnectDb } from "@/lib/db/client";
import { assertNotDemoDatabase, DatabasePurposeError } from "@/lib/demo/guard";
import { ConfigurationError, env, resetEnvCache } from "@/lib/env";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { stopJobBoss } from "@/lib/jobs/boss";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";

async function main(): Promise<void> {
  loadEnvFile();
  const plan = launchPlan({ command: "worker", demo: false }, process.env);
  Object.assign(process.env, plan.environment);
  resetEnvCache();
  if (plan.nodeEnv === "production") {
    const problems = productionProblems(env());
    if (problems.length > 0) throw new ConfigurationError(problems);
  }
  // E-mails and reports in English give British dates, as the site does.
  installBritishEnglishDates();
  if (!env().DATABASE_URL)
    throw new ConfigurationError(["DATABASE_URL is required: the worker uses the app's PostgreSQL"]);
  await assertNotDemoDatabase();
  // Jobs change public pages too (scheduled news, files' text): the app instances' caches must hear of it.
  await broadcastPublicDataChanges(env().DATABASE_URL);
  const stop = async () => {
    log.info("job worker stopping");
    await stopJobBoss();
    await disconnectDb();
    process.exit(0);
  };
  // Before starting: a signal that arrives while the worker starts still stops it cleanly.
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await startWorker();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabasePurposeError) console.error(error.message);
  else log.error("job worker failed", { error });
  process.exit(1);
});
