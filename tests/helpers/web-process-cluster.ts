// A production server of WEB_PROCESSES processes without Next.js, for
// tests/integration/web-processes.int.test.ts: the real supervisor, page cache
// and public-data broadcast, in front of a page that says which process
// rendered it. Run with `node --import tsx` and PORT, DATABASE_URL, WEB_PROCESSES.
// FAIL_TO_START=true makes every process die before it listens.
import cluster from "node:cluster";
import http from "node:http";
import { publicDataChanged } from "@/lib/cache/public-data";
import { broadcastPublicDataChanges } from "@/lib/cache/public-data-broadcast";
import { superviseWebProcesses } from "@/lib/cli/web-process-supervisor";
import { webProcessCount, webProcessEnvironment } from "@/lib/cli/web-processes";
import { env } from "@/lib/env";
import { createPageCache, servePageCached } from "@/lib/http/page-cache";

async function serve() {
  if (process.env.FAIL_TO_START === "true") throw new Error("this process cannot start");
  const config = env();
  await broadcastPublicDataChanges(config.DATABASE_URL);
  const cache = createPageCache(60);
  let renders = 0;
  const json = (response: http.ServerResponse, body: object) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  http
    .createServer((request, response) => {
      if (request.method === "POST" && request.url === "/change") {
        publicDataChanged();
        return json(response, { pid: process.pid });
      }
      if (request.url === "/process") return json(response, { pid: process.pid, jobs: config.JOBS_WORKER });
      servePageCached(cache, request, response, (_request, rendered) => {
        renders += 1;
        rendered.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        rendered.end(`<p>${process.pid}: render ${renders}</p>`);
      });
    })
    .listen(config.PORT);
  process.on("SIGTERM", () => process.exit(0));
}

async function main() {
  const config = env();
  if (cluster.isPrimary) {
    const processes = webProcessCount(config.WEB_PROCESSES);
    const environmentFor = (slot: number) => webProcessEnvironment(slot, config.JOBS_WORKER);
    process.exit(await superviseWebProcesses({ processes, environmentFor, stopGraceMs: 5_000 }));
  }
  await serve();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
