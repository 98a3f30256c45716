// Runs once when a Next.js server process starts. Background jobs run inside
// the app unless JOBS_WORKER=separate (then `npm run worker` runs them); of a
// server's WEB_PROCESSES processes, only the first runs them (lib/cli/web-processes.ts).
// Changes to public data are heard from, and told to, the other processes on
// the same database, so that no instance's page cache keeps a taken-down page.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Jobs (e-mails, reports) format dates too, maybe before any page does.
  const { installBritishEnglishDates } = await import("@/lib/i18n/british-english");
  installBritishEnglishDates();
  const { env } = await import("@/lib/env");
  const { broadcastPublicDataChanges } = await import("@/lib/cache/public-data-broadcast");
  await broadcastPublicDataChanges(env().DATABASE_URL);
  const { startInAppWorker } = await import("@/lib/jobs/in-app");
  await startInAppWorker();
}
