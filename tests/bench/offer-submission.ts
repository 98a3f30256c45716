// Offer submission under load for `npm run bench`, through the same mutation
// the submit action runs (arrival on the database's clock, row lock, document
// from the stored sections, checks, version with checksum, notice, receipt),
// in two runs of 300 complete drafts of 300 verified bench organisations,
// each in a competition of its own:
// - "burst": 100 callers start at once and submit back to back as fast as
//   they can, 100 transactions asking for the pool's 10 connections at the same
//   moment; no submit may fail for want of a connection (they queue: see
//   SUBMIT_TRANSACTION) and none may be refused as late for having queued;
// - "spread", the issue's own load and the goal: 300 submissions in the last 60
//   seconds before the deadline by 100 clients, more of them towards the end
//   (submit k is due at 60·sqrt(u) s, u uniform, a fixed seed), each client's
//   own three in sequence; targets 0 errors, 0 lost, p95 ≤ 300 ms.
// Then the versions are counted: none may be lost or doubled. Imports
// server-only modules, so it runs in its own process (offer-submission-child.ts).
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { submitOffer } from "@/lib/offers/submission/mutations";
import { completeOffer, YEARS } from "@/tests/helpers/offer-arbitraries";

const DRAFTS = 300;
const CLIENTS = 100;
const SPREAD_SECONDS = 60;
const SLUGS = { burst: "bench-konkurs-skladanie-ofert", spread: "bench-konkurs-skladanie-ofert-rozlozone" };

type Draft = { id: string; revisions: Record<string, number> };
type Caller = { id: string };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number) => Math.round(n * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator (mulberry32), so every run spreads the submissions the same way. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function freshCompetition(slug: string) {
  const client = db();
  const old = await client.competition.findUnique({ where: { slug }, select: { id: true } });
  if (old) {
    await client.offer.deleteMany({ where: { competitionId: old.id } });
    await client.competition.delete({ where: { id: old.id } });
  }
  const institution = await client.institution.findFirstOrThrow({
    where: { territoryCode: "16" },
    select: { id: true },
  });
  const sphere = await client.publicBenefitSphere.findFirstOrThrow({
    where: { code: "10", validTo: null },
    select: { id: true },
  });
  const now = Date.now();
  return client.competition.create({
    data: {
      slug,
      institutionId: institution.id,
      title: "Konkurs do pomiaru składania ofert (bench)",
      summary: "300 ofert w ostatniej minucie.",
      allowedYears: YEARS,
      offersOpenAt: new Date(now - 24 * 3600 * 1000),
      // Set again just before each run (deadlineIn): the drafts take a while to write.
      offersDeadline: new Date(now + 24 * 3600 * 1000),
      status: "PUBLISHED",
      publishedAt: new Date(now - 24 * 3600 * 1000),
      totalPool: 600_000_000n,
      tasks: {
        create: [
          {
            position: 0,
            number: "1",
            kindName: "Wspieranie aktywności osób starszych",
            description: "Zadanie do pomiaru.",
            sphereId: sphere.id,
            kindKey: "10",
            form: "SUPPORT",
            pool: 600_000_000n,
          },
        ],
      },
    },
    include: { tasks: true },
  });
}

type Competition = Awaited<ReturnType<typeof freshCompetition>>;

async function draftsIn(competition: Competition, organisations: readonly { id: string }[]): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for (const { id: organisationId } of organisations) {
    const doc = completeOffer();
    doc.applicants.list[0]!.organisationId = organisationId;
    const offer = await db().offer.create({
      data: {
        template: "FULL_2018",
        institutionId: competition.institutionId,
        competitionId: competition.id,
        taskId: competition.tasks[0]!.id,
        leadOrganisationId: organisationId,
        title: doc.description.title ?? "",
        sections: {
          create: offerSectionKeys("FULL_2018").map((key) => ({
            key,
            content: doc[key] as unknown as Prisma.InputJsonValue,
          })),
        },
      },
      select: { id: true },
    });
    drafts.push({ id: offer.id, revisions: Object.fromEntries(offerSectionKeys("FULL_2018").map((key) => [key, 0])) });
  }
  return drafts;
}

async function deadlineIn(competitionId: string, ms: number) {
  await db().competition.update({ where: { id: competitionId }, data: { offersDeadline: new Date(Date.now() + ms) } });
}

/** One client: its submissions in order, each not before it is due (ms from `started`). */
async function client(
  plan: readonly { draft: Draft; dueMs: number }[],
  caller: Caller,
  started: number,
  outcome: { latencies: number[]; failures: string[] },
) {
  for (const { draft, dueMs } of plan) {
    const wait = started + dueMs - performance.now();
    if (wait > 0) await sleep(wait);
    const begun = performance.now();
    try {
      await submitOffer({ offerId: draft.id, revisions: draft.revisions }, caller, "pl");
    } catch (error) {
      outcome.failures.push(error instanceof Error ? error.message : String(error));
    }
    outcome.latencies.push(performance.now() - begun);
  }
}

/** Every client's plan: burst, all due at 0 (taken in turn as callers free up); spread, due at 60·sqrt(u) s. */
function plans(drafts: readonly Draft[], kind: "burst" | "spread") {
  const random = seeded(25);
  const due = drafts.map(() => (kind === "burst" ? 0 : SPREAD_SECONDS * 1000 * Math.sqrt(random())));
  const byClient = Array.from({ length: CLIENTS }, () => [] as { draft: Draft; dueMs: number }[]);
  drafts.forEach((draft, index) => byClient[index % CLIENTS]!.push({ draft, dueMs: due[index]! }));
  return byClient.map((plan) => plan.sort((a, b) => a.dueMs - b.dueMs));
}

async function run(kind: "burst" | "spread", competition: Competition, drafts: readonly Draft[], caller: Caller) {
  // The burst has 90 s, the spread its 60 s and one more for timers firing late on a busy machine.
  await deadlineIn(competition.id, kind === "burst" ? 90_000 : SPREAD_SECONDS * 1000 + 1000);
  const outcome = { latencies: [] as number[], failures: [] as string[] };
  const started = performance.now();
  await Promise.all(plans(drafts, kind).map((plan) => client(plan, caller, started, outcome)));
  const elapsed = (performance.now() - started) / 1000;
  const latencies = outcome.latencies.sort((a, b) => a - b);
  const [versions, submitted] = await Promise.all([
    db().offerVersion.count({ where: { offer: { competitionId: competition.id } } }),
    db().offer.count({ where: { competitionId: competition.id, status: "SUBMITTED" } }),
  ]);
  return {
    kind,
    drafts: drafts.length,
    clients: CLIENTS,
    seconds: round(elapsed),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    max_ms: round(latencies[latencies.length - 1]!),
    submits_per_s: round(drafts.length / elapsed),
    errors: outcome.failures.length,
    first_error: outcome.failures[0] ?? null,
    versions,
    submitted,
    lost: drafts.length - submitted,
  };
}

export async function benchOfferSubmission(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const admin = await db().user.findFirstOrThrow({
      where: { platformRole: "ADMINISTRATOR" },
      select: { id: true },
    });
    // Verified ones: an unverified lead's submission is refused (lib/offers/submission/context.ts), and
    // most of the bench directory is unverified, so without this most "submissions" were refusals.
    const organisations = await db().organisation.findMany({
      where: { verifiedAt: { not: null } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: DRAFTS,
    });
    const burst = await freshCompetition(SLUGS.burst);
    const spread = await freshCompetition(SLUGS.spread);
    const burstDrafts = await draftsIn(burst, organisations);
    const spreadDrafts = await draftsIn(spread, organisations);
    return {
      name: "offer-submission" as const,
      burst: await run("burst", burst, burstDrafts, admin),
      spread: await run("spread", spread, spreadDrafts, admin),
    };
  } finally {
    await disconnectDb();
  }
}

// Run as its own process (see the header): prints the result as one JSON line.
if (process.argv[1]?.endsWith("offer-submission.ts")) {
  benchOfferSubmission(Number(process.argv[2]))
    .then((result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
