// The production server. `npm start` and `npm run demo` run it through
// lib/cli/serve.ts, which prepares the database first; it takes the same
// environment as `next start`. It serves with WEB_PROCESSES processes on one
// port (one per core by default): one alone runs in this process; several are
// forked and watched by this one (lib/cli/web-process-supervisor.ts), each
// running this file again as a cluster worker.
import cluster from "node:cluster";
import { superviseWebProcesses } from "@/lib/cli/web-process-supervisor";
import { webProcessCount, webProcessEnvironment } from "@/lib/cli/web-processes";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

async function main() {
  const config = env();
  const processes = webProcessCount(config.WEB_PROCESSES);
  if (cluster.isPrimary && processes > 1) {
    log.info(`serving on port ${config.PORT} with ${processes} processes`, {
      pageCacheSeconds: config.PAGE_CACHE_SECONDS,
    });
    const code = await superviseWebProcesses({
      processes,
      environmentFor: (slot) => webProcessEnvironment(slot, config.JOBS_WORKER),
    });
    process.exit(code);
  }
  // Loaded only where it serves: the primary of several processes needs no Next.js.
  const { serveNext } = await import("@/lib/cli/next-process");
  await serveNext({ announceReady: cluster.isPrimary });
}

main().catch((error) => {
  log.error("the server could not start", { error });
  process.exit(1);
});
