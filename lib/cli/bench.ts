// `npm run bench`: starts the production build (built by the npm script) on an
// embedded PostgreSQL with the demo data, measures each route of
// tests/bench/routes.ts at a fixed concurrency beside the baseline route in the
// same run, prints a table and writes bench-results.json.
//
// BENCH_ROUTES=ideas-list,idea-support (names of routes and of the other
// measurements: health-under-load, notification-fanout, vote-cast,
// idea-support, search-quality; any name starting "partner" also evaluates the partner
// suggestions' precision) measures only those, beside the baseline, and generates only
// the data they read; BENCH_PG_PORT moves the bench's database off 54340.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { benchFanout } from "@/tests/bench/fanout";
import { benchHealthUnderLoad } from "@/tests/bench/health";
import { ensureNationalDirectory } from "@/tests/bench/directory-data";
import { disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import http from "node:http";
import { ensureBenchConsultation } from "@/tests/bench/consultation-data";
import { ensureBenchForum } from "@/tests/bench/forum-data";
import { ensureBenchNews } from "@/tests/bench/news-data";
import { ensureBenchLibrary } from "@/tests/bench/library-data";
import { benchVoting } from "@/tests/bench/voting";
import { benchOfferPdf } from "@/tests/bench/offer-pdf";
import { benchOfferSubmissionInChild } from "@/tests/bench/offer-submission-child";
import { ensureBenchIdeas } from "@/tests/bench/ideas-data";
import { ensureBenchPartnerRequests } from "@/tests/bench/partner-requests-data";
import { ensureBenchCompetitions } from "@/tests/bench/competitions-data";
import { benchIdeaSupport } from "@/tests/bench/idea-support";
import { ensureBenchPartnerships, evaluatePartnerSuggestions } from "@/tests/bench/partnerships-data";
import { BASELINE, BENCH_MEMBER, benchRoutes, type BenchRoute } from "@/tests/bench/routes";
import { evaluateSearchQuality } from "@/tests/bench/search-quality";
import { signedInCookie } from "@/tests/bench/session";

const PORT = Number(process.argv.find((a) => a.startsWith("--port="))?.split("=")[1] ?? 3200);
const CONCURRENCY = Number(process.argv.find((a) => a.startsWith("--concurrency="))?.split("=")[1] ?? 10);
const SECONDS = Number(process.argv.find((a) => a.startsWith("--seconds="))?.split("=")[1] ?? 8);
const WARMUP_REQUESTS = 100;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54340);
/** The measurements asked for (all when BENCH_ROUTES is not set). */
const ONLY = process.env.BENCH_ROUTES?.split(",")
  .map((name) => name.trim())
  .filter(Boolean);
const selected = (name: string) => !ONLY || ONLY.includes(name);
/** Whether any selected measurement starts with one of these names (the data it reads must exist). */
const needs = (...prefixes: string[]) => !ONLY || ONLY.some((name) => prefixes.some((p) => name.startsWith(p)));

interface Result {
  name: string;
  route: string;
  concurrency: number;
  p50_ms: number;
  p95_ms: number;
  rps: number;
  ratio_to_baseline: number;
  rps_to_baseline: number;
  requests: number;
  errors: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(path: string, cookie?: string): Promise<{ ms: number; ok: boolean }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path, agent, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on("end", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: res.statusCode === 200 }));
    });
    req.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: false }));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

let counter = 0;
function pathOf(route: BenchRoute): string {
  if (!route.uncached) return route.route;
  counter += 1;
  return `${route.route}${route.route.includes("?") ? "&" : "?"}bench=${counter}`;
}

/** The session the signed-in routes carry; signed in once per run, as the sign-in form does. */
let memberCookie: string | undefined;

async function measure(route: BenchRoute): Promise<Omit<Result, "ratio_to_baseline" | "rps_to_baseline">> {
  const cookie = route.signedIn ? memberCookie : undefined;
  if (route.signedIn && !cookie) throw new Error(`${route.name}: no session to measure it with`);
  for (let i = 0; i < WARMUP_REQUESTS; i++) await request(pathOf(route), cookie);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const { ms, ok } = await request(pathOf(route), cookie);
        latencies.push(ms);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name: route.name,
    route: route.route,
    concurrency: CONCURRENCY,
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    rps: round(latencies.length / elapsed),
    requests: latencies.length,
    errors,
  };
}

/**
 * Waits until the server the bench started answers. Another server already
 * listening on the port would answer too: the bench measures (and signs in with
 * the demo's published password) only a demo instance whose process is its own.
 */
async function waitForServer(timeoutMs: number, started: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (started.exitCode !== null) throw new Error(`the bench's server stopped (exit ${started.exitCode})`);
    if ((await request("/api/health")).ok) {
      if (await isDemoInstance()) return;
      throw new Error(`the server on port ${PORT} is not a demo instance: the bench measures only its own demo`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy in time");
}

function isDemoInstance(): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path: "/api/instance", agent }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => {
          try {
            resolve((JSON.parse(body) as { demo?: unknown }).demo === true);
          } catch {
            resolve(false);
          }
        });
      })
      .on("error", () => resolve(false));
  });
}

async function nationalDirectory(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    return await ensureNationalDirectory();
  } finally {
    await disconnectDb();
  }
}

async function main() {
  const server = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", "start", "--demo"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: {
      ...process.env,
      PORT: String(PORT),
      EMBEDDED_PG_DIR: ".data/bench-postgres",
      EMBEDDED_PG_PORT: String(PG_PORT),
      LOG_LEVEL: "warn",
      // The bench measures throughput from one address; the API's per-client limit would turn it into 429s.
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    await waitForServer(120_000, server);
    const national = await nationalDirectory(PG_PORT);
    console.log(
      `National directory: ${national.organisations} organisations${national.created ? " (generated now)" : ""}.`,
    );
    // The large consultation, and the report job's time on its 2,000 remarks.
    const consultation = needs("consultation") ? await ensureBenchConsultation(PG_PORT) : null;
    if (consultation)
      console.log(
        `Consultation: ${consultation.units} units, ${consultation.remarks} remarks${consultation.created ? " (generated now)" : ""}; report (PDF + DOCX) ${consultation.report_ms} ms.`,
      );
    // The forum: a million posts, one thread of 5,000 (created once; minutes the first time).
    if (needs("forum")) {
      const forum = await ensureBenchForum(PG_PORT);
      console.log(
        `Forum: ${forum.threads} threads, ${forum.posts} posts${forum.created ? ` (generated now in ${Math.round(forum.seed_ms / 1000)} s)` : ""}.`,
      );
    }
    // The news: 50,000 articles (created once).
    if (needs("news", "home")) {
      const news = await ensureBenchNews(PG_PORT);
      console.log(
        `News: ${news.articles} articles${news.created ? ` (generated now in ${Math.round(news.seed_ms / 1000)} s)` : ""}.`,
      );
    }
    // The library: 10,000 documents with their files' text (created once).
    if (needs("library")) {
      const library = await ensureBenchLibrary(PG_PORT);
      console.log(
        `Library: ${library.documents} documents${library.created ? ` (generated now in ${Math.round(library.seed_ms / 1000)} s)` : ""}.`,
      );
    }
    // The ideas board: 20,000 entries, 500,000 supports (created once).
    const ideas = needs("idea") ? await ensureBenchIdeas(PG_PORT) : null;
    if (ideas)
      console.log(
        `Ideas: ${ideas.ideas} entries, ${ideas.person_supports} supports of people and ${ideas.organisation_supports} of organisations, counters ${ideas.counters_consistent ? "consistent with the rows" : "NOT CONSISTENT with the rows"}${ideas.created ? ` (generated now in ${Math.round(ideas.seed_ms / 1000)} s)` : ""}.`,
      );
    // Partner requests: 2,500 open and 500 no longer listed (created once).
    if (needs("partner-requests")) {
      const requests = await ensureBenchPartnerRequests(PG_PORT);
      console.log(
        `Partner requests: ${requests.open} open${requests.created ? ` (generated now in ${Math.round(requests.seed_ms / 1000)} s)` : ""}.`,
      );
    }
    // Partnership matching: profiles for every organisation, 1,000 open requests and the evaluation set (created once).
    const partners = needs("partner") ? await ensureBenchPartnerships(PG_PORT) : null;
    if (partners)
      console.log(
        `Partnerships: ${partners.profiles} profiles, ${partners.open_requests} open requests, ${partners.evaluation_requests} evaluation requests${partners.created ? ` (generated now in ${Math.round(partners.seed_ms / 1000)} s)` : ""}.`,
      );
    // Open competitions: 2,000 of 60 offices with tasks, questions and extensions (created once).
    const competitions = needs("competition") ? await ensureBenchCompetitions(PG_PORT) : null;
    if (competitions)
      console.log(
        `Competitions: ${competitions.competitions} (${competitions.open} open), ${competitions.tasks} tasks, ${competitions.questions} questions, ${competitions.extensions} extensions, ${competitions.search_hits} found by the search's words, pools, spheres and search context ${competitions.consistent ? "consistent with the tasks" : "NOT CONSISTENT with the tasks"}${competitions.created ? ` (generated now in ${Math.round(competitions.seed_ms / 1000)} s)` : ""}.`,
      );
    // `{office}` in a route: the competitions search's office, whose id this database gave it.
    const routes = benchRoutes
      .filter((route) => selected(route.name))
      .map((route) =>
        route.route.includes("{office}")
          ? { ...route, route: route.route.replace("{office}", competitions?.office ?? "") }
          : route,
      );
    if (routes.some((route) => route.signedIn))
      memberCookie = await signedInCookie(PORT, BENCH_MEMBER.email, BENCH_MEMBER.password);
    console.log(`Measuring at concurrency ${CONCURRENCY}, ${SECONDS} s per route...`);
    const baseline = await measure(BASELINE);
    const measured = [baseline];
    for (const route of routes) measured.push(await measure(route));
    const results: Result[] = measured.map((r) => ({
      ...r,
      ratio_to_baseline: Math.round((r.p50_ms / baseline.p50_ms) * 100) / 100,
      rps_to_baseline: Math.round((r.rps / baseline.rps) * 100) / 100,
    }));

    console.log(
      "\nname                             route                          p50 ms   p95 ms      rps  ratio  rps/base  errors",
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(32)} ${r.route.slice(0, 30).padEnd(30)} ${r.p50_ms.toFixed(2).padStart(7)}  ${r.p95_ms.toFixed(2).padStart(7)}  ${r.rps
          .toFixed(1)
          .padStart(
            7,
          )}  ${r.ratio_to_baseline.toFixed(2).padStart(5)}  ${r.rps_to_baseline.toFixed(2).padStart(8)}  ${String(r.errors).padStart(6)}`,
      );
    }
    console.log(
      "\nratio = the route's p50 divided by the baseline's p50; rps/base = its requests per second divided by the baseline's (same run).",
    );
    // Issue 21's goals, each route against the baseline of this run.
    for (const route of routes.filter((r) => r.target)) {
      const r = results.find((result) => result.name === route.name)!;
      const target = route.target!;
      const meets = r.rps_to_baseline >= target.minRpsShare && (target.p95Ms === undefined || r.p95_ms <= target.p95Ms);
      const goals = [
        `rps ≥ ${target.minRpsShare < 1 ? `1/${Math.round(1 / target.minRpsShare)}` : `${target.minRpsShare}×`} the baseline`,
        ...(target.p95Ms === undefined ? [] : [`p95 ≤ ${target.p95Ms} ms`]),
      ].join(", ");
      console.log(
        `${r.name}: ${r.rps} rps (${r.rps_to_baseline}× the baseline), p95 ${r.p95_ms} ms; goal ${goals}: ${meets ? "meets the goal" : "MISSES the goal"}`,
      );
    }
    // Targets from the issues: p95 at most so many ms, at least half the baseline's throughput.
    for (const [name, p95] of [
      ["directory-search", 50],
      ["consultation-page", 60],
      ["forum-thread", 60],
      ["forum-search", 100],
      ["home", 40],
      ["news-list", 40],
      ["library-search", 60],
      ["ideas-list", 50],
      ["partner-requests", 50],
      ["competitions-list", 50],
    ] as const) {
      for (const r of results.filter((r) => r.name === name)) {
        const meets = r.p95_ms <= p95 && r.rps >= baseline.rps / 2;
        console.log(
          `${r.name}: p95 ${r.p95_ms} ms (target ≤ ${p95}), ${r.rps} rps (target ≥ ${(baseline.rps / 2).toFixed(1)}): ${meets ? "meets the targets" : "MISSES the targets"}`,
        );
      }
    }
    if (consultation)
      console.log(
        `consultation-report: ${consultation.report_ms} ms for ${consultation.remarks} remarks (target < 30000): ${consultation.report_ms < 30_000 ? "meets the target" : "MISSES the target"}`,
      );
    const health = selected("health-under-load")
      ? await benchHealthUnderLoad(PORT, { otherRoute: BASELINE.route })
      : null;
    if (health)
      console.log(
        `\nhealth-under-load: ${health.clients} clients for ${health.seconds} s: ${health.health_requests} health checks (${health.health_failures} not 200), ` +
          `${health.other_requests} other requests alongside (${health.other_failures} failed): ${health.health_failures === 0 && health.other_failures === 0 ? "meets the target" : "MISSES the target"}`,
      );
    const fanout = selected("notification-fanout") ? await benchFanout(PG_PORT) : null;
    if (fanout)
      console.log(
        `\nnotification-fanout: one event to ${fanout.recipients} followers, request ${fanout.request_ms} ms, fan-out job ${fanout.fanout_ms} ms`,
      );
    const support = selected("idea-support") ? await benchIdeaSupport(PG_PORT) : null;
    if (support) {
      console.log(
        `\nidea-support: ${support.supporters} people supporting one entry at once, each clicking twice (${support.calls} calls): p50 ${support.p50_ms} ms, p95 ${support.p95_ms} ms, ${support.supports_per_s} supports/s, ${support.errors} errors, ${support.rows} support rows, counter ${support.counter}, ${support.lost} lost, ${support.duplicates} duplicates`,
      );
      const supportMeets =
        support.p95_ms <= 150 && support.errors === 0 && support.lost === 0 && support.duplicates === 0;
      console.log(
        `idea-support: ${supportMeets ? "meets the targets" : "MISSES the targets"} (p95 ≤ 150 ms, no errors, none lost, no duplicates)`,
      );
    }
    const quality = needs("partner") ? await evaluatePartnerSuggestions(PG_PORT) : null;
    if (quality)
      console.log(
        `\npartner-suggestions quality: precision@10 ${quality.precision_at_10} over ${quality.requests} requests with planted partners (goal ≥ 0.8), ` +
          `${quality.closed_suggested} organisations closed to partnerships suggested (goal 0), slowest ${quality.slowest_ms} ms: ` +
          `${quality.precision_at_10 >= 0.8 && quality.closed_suggested === 0 ? "meets the goal" : "MISSES the goal"}`,
      );
    // Issue 24: real-looking Polish queries over the national directory and the demo's organisations.
    const searchQuality = selected("search-quality") ? await evaluateSearchQuality(PG_PORT) : null;
    if (searchQuality) {
      const kinds = Object.entries(searchQuality.by_kind)
        .map(([kind, k]) => `${kind} ${k.found}/${k.queries}`)
        .join(", ");
      console.log(
        `\nsearch-quality: found in the first three ${searchQuality.found_in_top_3}/${searchQuality.queries} = ${searchQuality.share_percent} % (${kinds}), ` +
          `slowest ${searchQuality.slowest_ms} ms (goal ≥ 95 %): ${searchQuality.share_percent >= 95 ? "meets the goal" : "MISSES the goal"}`,
      );
      for (const miss of searchQuality.missed) console.log(`  missed: ${miss}`);
    }
    const voting = selected("vote-cast") ? await benchVoting(PG_PORT) : null;
    if (voting) {
      console.log(
        `\nvote-cast: ${voting.voters} organisations from ${voting.clients} concurrent callers: p50 ${voting.p50_ms} ms, p95 ${voting.p95_ms} ms, ${voting.casts_per_s} casts/s, ${voting.errors} errors, ${voting.duplicate_ballots} duplicate ballots, ${voting.ballots} ballots, ${voting.board_entries} board entries`,
      );
      const votingMeets =
        voting.p95_ms <= 250 &&
        voting.errors === 0 &&
        voting.duplicate_ballots === 0 &&
        voting.ballots === voting.voters;
      console.log(
        `vote-cast: ${votingMeets ? "meets the targets" : "MISSES the targets"} (p95 ≤ 250 ms, no errors, no duplicates)`,
      );
      console.log(
        `election count: ${voting.count_ms} ms; board recount (chain and tally): ${voting.recount_ms} ms, ${voting.recount_ok ? "sound" : "NOT SOUND"} (targets < 5000 ms each): ${voting.count_ms < 5000 && voting.recount_ms < 5000 ? "meets the targets" : "MISSES the targets"}`,
      );
    }
    // Issue 25: 300 offers submitted in the last minute by 100 clients (the goal: "spread"), and the same
    // 300 from 100 callers at once ("burst": none may fail waiting for a connection); the offer PDF.
    const submission = selected("offer-submission") ? await benchOfferSubmissionInChild(PG_PORT) : null;
    if (submission) {
      console.log("");
      for (const run of [submission.burst, submission.spread]) {
        const load =
          run.kind === "burst"
            ? `${run.drafts} drafts from ${run.clients} callers at once`
            : `${run.drafts} drafts in the last minute from ${run.clients} clients`;
        console.log(
          `offer-submission ${run.kind}: ${load}: p50 ${run.p50_ms} ms, p95 ${run.p95_ms} ms, slowest ${run.max_ms} ms, ${run.submits_per_s} submits/s over ${run.seconds} s, ${run.errors} errors, ${run.versions} versions, ${run.lost} lost`,
        );
        if (run.first_error) console.log(`  first error: ${run.first_error}`);
      }
      const { burst, spread } = submission;
      const whole = (run: typeof burst) => run.errors === 0 && run.lost === 0 && run.versions === run.drafts;
      console.log(
        `offer-submission: ${whole(spread) && spread.p95_ms <= 300 && whole(burst) ? "meets the targets" : "MISSES the targets"} (last minute p95 ≤ 300 ms; both runs no errors, none lost)`,
      );
    }
    const offerPdf = selected("offer-pdf") ? await benchOfferPdf() : null;
    if (offerPdf)
      console.log(
        `\noffer-pdf: ${offerPdf.years}-year joint offer, ${offerPdf.applicants} applicants, ${offerPdf.cost_lines} cost lines, ${offerPdf.renders} renders: first ${offerPdf.first_ms} ms, p50 ${offerPdf.p50_ms} ms, slowest ${offerPdf.max_ms} ms (target < 2000 ms each): ${offerPdf.max_ms < 2000 ? "meets the target" : "MISSES the target"}`,
      );
    writeFileSync(
      "bench-results.json",
      JSON.stringify(
        [
          ...results.map(({ name, route, concurrency, p50_ms, p95_ms, rps, ratio_to_baseline, rps_to_baseline }) => ({
            name,
            route,
            concurrency,
            p50_ms,
            p95_ms,
            rps,
            ratio_to_baseline,
            rps_to_baseline,
          })),
          ...(health ? [health] : []),
          ...(fanout ? [fanout] : []),
          ...(consultation
            ? [
                {
                  name: "consultation-report",
                  remarks: consultation.remarks,
                  units: consultation.units,
                  job_ms: consultation.report_ms,
                },
              ]
            : []),
          ...(ideas ? [{ name: "ideas-data", ...ideas }] : []),
          ...(support ? [support] : []),
          ...(partners ? [{ name: "partnerships-data", ...partners }] : []),
          ...(competitions ? [{ name: "competitions-data", ...competitions }] : []),
          ...(quality ? [quality] : []),
          ...(searchQuality ? [searchQuality] : []),
          ...(voting ? [voting] : []),
          ...(submission ? [submission] : []),
          ...(offerPdf ? [offerPdf] : []),
        ],
        null,
        2,
      ) + "\n",
    );
    console.log("Wrote bench-results.json");
    if (
      results.some((r) => r.errors > 0) ||
      (voting?.errors ?? 0) > 0 ||
      (submission?.burst.errors ?? 0) + (submission?.spread.errors ?? 0) > 0 ||
      (support?.errors ?? 0) > 0 ||
      (health?.health_failures ?? 0) > 0 ||
      (health?.other_failures ?? 0) > 0
    ) {
      console.error("Some requests failed: the figures above are not trustworthy.");
      process.exitCode = 1;
    }
  } finally {
    stop();
    agent.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
