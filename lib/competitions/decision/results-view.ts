// The published results of a competition (art. 15 ust. 2h-2i UDPP): per task
// the organisations, the task and the amount granted; unfunded and formally
// rejected offers too unless the office switched that list off; annulled
// tasks with their art. 18a ground; the notices with their channel days and
// the last day for reasons requests (ust. 2j). Read for the shared results
// page, the competition page and the open data: nothing here knows who reads.
// A competition decided before the platform held decisions (the demo's) shows
// its awards alone.
import "server-only";
import { db } from "@/lib/db/client";
import { reasonsRequestsUntil } from "@/lib/competitions/decision/rules";
import { snapshotRule } from "@/lib/legal-rules/snapshot";

const day = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

async function readResults(where: { slug: string } | { id: string }) {
  return db().competition.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      reference: true,
      status: true,
      publishedAt: true,
      resultsPublishedAt: true,
      resultsListUnfunded: true,
      rulesSnapshot: true,
      institution: { select: { name: true, officeName: true, slug: true } },
      resultsNotices: {
        orderBy: { publishedAt: "asc" },
        select: {
          id: true,
          kind: true,
          publishedAt: true,
          bipOn: true,
          noticeBoardOn: true,
          websiteOn: true,
          bipUrl: true,
          note: true,
        },
      },
      tasks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          number: true,
          kindName: true,
          form: true,
          pool: true,
          status: true,
          decision: { select: { outcome: true, annulmentGround: true, reason: true, actReference: true } },
          awards: {
            orderBy: [{ amount: "desc" }, { recipientName: "asc" }],
            select: {
              id: true,
              recipientName: true,
              amount: true,
              status: true,
              organisation: { select: { slug: true, krs: true } },
              offer: {
                select: {
                  title: true,
                  coApplicants: {
                    orderBy: { position: "asc" },
                    select: { organisation: { select: { name: true, slug: true } } },
                  },
                },
              },
            },
          },
          offerDecisions: {
            where: { outcome: { not: "FUNDED" } },
            orderBy: { offer: { submittedAt: "asc" } },
            select: {
              outcome: true,
              offer: {
                select: {
                  id: true,
                  title: true,
                  leadOrganisation: { select: { name: true, slug: true } },
                  coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
}

type Row = NonNullable<Awaited<ReturnType<typeof readResults>>>;

function shape(row: Row, reasonsDays: number | null) {
  const first = row.resultsNotices[0] ?? null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    reference: row.reference,
    status: row.status,
    institution: row.institution,
    resultsPublishedAt: row.resultsPublishedAt,
    notices: row.resultsNotices.map((notice) => ({
      ...notice,
      bipOn: day(notice.bipOn),
      noticeBoardOn: day(notice.noticeBoardOn),
      websiteOn: day(notice.websiteOn),
    })),
    /** Requests for the reasons are taken before this instant (null: no notice on the platform). */
    reasonsUntil:
      first && reasonsDays !== null
        ? reasonsRequestsUntil(
            {
              publishedAt: first.publishedAt,
              bipOn: day(first.bipOn),
              noticeBoardOn: day(first.noticeBoardOn),
              websiteOn: day(first.websiteOn),
            },
            reasonsDays,
          )
        : null,
    reasonsDays,
    tasks: row.tasks.map((task) => ({
      id: task.id,
      number: task.number,
      kindName: task.kindName,
      form: task.form,
      pool: Number(task.pool),
      outcome: task.decision?.outcome ?? (task.status === "ANNULLED" ? ("ANNULLED" as const) : null),
      annulmentGround: task.decision?.annulmentGround ?? null,
      reason: task.decision && task.decision.outcome !== "FUNDED" ? task.decision.reason : null,
      awards: task.awards.map((award) => ({
        id: award.id,
        recipientName: award.recipientName,
        organisationSlug: award.organisation?.slug ?? null,
        krs: award.organisation?.krs ?? null,
        coApplicants: award.offer?.coApplicants.map((c) => c.organisation) ?? [],
        offerTitle: award.offer?.title ?? null,
        amount: Number(award.amount),
        status: award.status,
      })),
      unfunded: row.resultsListUnfunded
        ? task.offerDecisions.map((decision) => ({
            offerId: decision.offer.id,
            outcome: decision.outcome,
            title: decision.offer.title,
            applicants: [decision.offer.leadOrganisation, ...decision.offer.coApplicants.map((c) => c.organisation)],
          }))
        : [],
    })),
  };
}

export type ResultsView = ReturnType<typeof shape>;

/** The results of `slug` once decided or annulled (published on the platform); null before. */
export async function resultsView(where: { slug: string } | { id: string }): Promise<ResultsView | null> {
  const row = await readResults(where);
  if (!row || (row.status !== "DECIDED" && row.status !== "ANNULLED")) return null;
  const first = row.resultsNotices[0];
  // The competition keeps the legal limits of its publication day (design §1.1).
  const reasonsDays = first
    ? Number(
        await snapshotRule(row.rulesSnapshot, "competition.reasonsRequestDays", row.publishedAt ?? first.publishedAt),
      )
    : null;
  return shape(row, reasonsDays);
}
