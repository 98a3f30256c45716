// One process of the production server: Next.js behind the public page cache
// (lib/http/page-cache.ts), with each page's CSP hashes and cache headers added
// on the way out (lib/http/page-answer.ts). lib/cli/next-server.ts runs it, alone or as one of
// WEB_PROCESSES processes sharing the port; it takes the same environment as `next start`.
import http from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { createNotFoundFetcher } from "@/lib/http/not-found-fetcher";
import { preparePageAnswer } from "@/lib/http/page-answer";
import { createPageCache, servePageCached } from "@/lib/http/page-cache";
import { log } from "@/lib/log";

/** Serves until SIGTERM or SIGINT, then lets requests in flight finish (ten seconds at most) and exits. */
export async function serveNext(options: { announceReady: boolean }): Promise<void> {
  const config = env();
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = createPageCache(config.PAGE_CACHE_SECONDS);
  const notFoundDocument = createNotFoundFetcher(config.PORT, config.PAGE_CACHE_SECONDS);
  const server = http.createServer((request, response) => {
    // The peer that connected goes last in X-Forwarded-For, as a reverse proxy
    // would add it; lib/http/request-context.ts trusts only entries from there back.
    const peer = request.socket.remoteAddress ?? "unknown";
    const forwarded = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = forwarded ? `${String(forwarded)}, ${peer}` : peer;
    servePageCached(cache, request, response, (req, res) => {
      preparePageAnswer(req, res, config.PAGE_CACHE_SECONDS, notFoundDocument);
      return handle(req, res);
    });
  });
  // Longer than a load balancer's idle timeout, so it never reuses a socket we closed.
  server.keepAliveTimeout = 65_000;
  // With several processes, the supervisor says which one is ready (lib/cli/web-process-supervisor.ts).
  server.listen(config.PORT, () => {
    if (options.announceReady) {
      log.info(`Next.js ready on port ${config.PORT}`, { pageCacheSeconds: config.PAGE_CACHE_SECONDS });
    }
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    // Requests in flight get ten seconds to finish.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
