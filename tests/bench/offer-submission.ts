// Offer submission under load for `npm run bench`: 300 complete drafts of
// 300 bench organisations in one competition whose deadline is 90 seconds
// away, submitted by 100 concurrent callers of the same mutation the submit
// action runs (row lock, database clock, document from the stored sections,
// checks, version with checksum, notice, receipt); then the versions are
// counted: none may be lost or doubled. Imports server-only modules, so it
// runs in its own process (offer-submission-child.ts starts it).
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
const SLUG = "bench-konkurs-skladanie-ofert";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function freshCompetition() {
  const client = db();
  const old = await client.competition.findUnique({ where: { slug: SLUG }, select: { id: true } });
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
      slug: SLUG,
      institutionId: institution.id,
      title: "Konkurs do pomiaru składania ofert (bench)",
      summary: "300 ofert w ostatniej minucie.",
      allowedYears: YEARS,
      offersOpenAt: new Date(now - 24 * 3600 * 1000),
      offersDeadline: new Date(now + 90_000),
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

export async function benchOfferSubmission(port: number) {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    const competition = await freshCompetition();
    const task = competition.tasks[0]!;
    const admin = await client.user.findFirstOrThrow({
      where: { platformRole: "ADMINISTRATOR" },
      select: { id: true },
    });
    // Verified ones: an unverified lead's submission is refused (lib/offers/submission/context.ts), and
    // most of the bench directory is unverified, so without this most "submissions" were refusals.
    const organisations = await client.organisation.findMany({
      where: { verifiedAt: { not: null } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: DRAFTS,
    });
    const offers: { id: string; revisions: Record<string, number> }[] = [];
    for (const { id: organisationId } of organisations) {
      const doc = completeOffer();
      doc.applicants.list[0]!.organisationId = organisationId;
      const offer = await client.offer.create({
        data: {
          template: "FULL_2018",
          institutionId: competition.institutionId,
          competitionId: competition.id,
          taskId: task.id,
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
      offers.push({
        id: offer.id,
        revisions: Object.fromEntries(offerSectionKeys("FULL_2018").map((key) => [key, 0])),
      });
    }

    const latencies: number[] = [];
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let index = next++; index < offers.length; index = next++) {
          const offer = offers[index]!;
          const begun = performance.now();
          try {
            await submitOffer({ offerId: offer.id, revisions: offer.revisions }, admin, "pl");
          } catch (error) {
            failures.push(error instanceof Error ? error.message : String(error));
          }
          latencies.push(performance.now() - begun);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const [versions, submitted] = await Promise.all([
      client.offerVersion.count({ where: { offer: { competitionId: competition.id } } }),
      client.offer.count({ where: { competitionId: competition.id, status: "SUBMITTED" } }),
    ]);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      name: "offer-submission",
      drafts: offers.length,
      clients: CLIENTS,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      submits_per_s: round(offers.length / elapsed),
      errors: failures.length,
      first_error: failures[0] ?? null,
      versions,
      submitted,
      lost: offers.length - submitted,
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
