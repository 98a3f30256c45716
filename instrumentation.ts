// Runs once when a Next.js server process starts. Background jobs run inside
// the app unless JOBS_WORKER=separate (then `npm run worker` runs them).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Jobs (e-mails, reports) format dates too, maybe before any page does.
  const { installBritishEnglishDates } = await import("@/lib/i18n/british-english");
  installBritishEnglishDates();
  const { startInAppWorker } = await import("@/lib/jobs/in-app");
  await startInAppWorker();
}
