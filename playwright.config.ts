// End-to-end tests: Debian's Chromium against the production build, served by
// the same launcher as `npm start`, on an embedded PostgreSQL of its own with
// the demo data. Build first (`npm run build`; `npm test` does it).
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH; ` +
      "`npx playwright install` cannot download its own browser on these machines.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
const krsPort = Number(process.env.E2E_KRS_PORT ?? 3190);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      // Without the networking flags Chromium keeps calling home, which this closed network refuses.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The demo administrator and official have two-factor authentication; the
  // setup project signs them in once (tests/e2e/auth.setup.ts), since each
  // code works only once, and tests reuse those sessions.
  // Specs share one database and run in any order, in parallel: each checks
  // the data it creates or finds, never totals that other journeys change.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: /auth\.setup\.ts$/ },
  ],
  webServer: [
    {
      // A local stand-in for the KRS API with real extracts (tests/fixtures/krs).
      command: "node --import tsx tests/e2e/krs-stub.ts",
      port: krsPort,
      reuseExistingServer: false,
    },
    {
      command: "node --import tsx lib/cli/serve.ts start --demo",
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      // The server's processes get up to ten seconds to finish their requests, then PostgreSQL stops.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(port),
        APP_URL: baseURL,
        EMBEDDED_PG_DIR: process.env.E2E_PG_DIR ?? ".data/e2e-postgres",
        EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
        FILE_STORAGE_DIR: ".data/e2e-files",
        LOG_LEVEL: "warn",
        // One process, whatever the machine: the tests check behaviour, not throughput, and what a process
        // keeps in memory (the page cache, the open-data API's per-client limit) is then in one place, so a
        // result never depends on which process answered. Several processes are tested in
        // tests/integration/web-processes.int.test.ts; `npm run bench` measures the default, one per core.
        WEB_PROCESSES: "1",
        // As in production behind one reverse proxy: tests that play several
        // people give each its own client address (tests/e2e/clients.ts), so
        // per-address rate limits do not tie unrelated tests together.
        TRUSTED_PROXY_HOPS: "1",
        KRS_API_URL: `http://127.0.0.1:${krsPort}/api/krs`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
