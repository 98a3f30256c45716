// The office's list of the offers sent to its competition. Only the
// addressed office's officials (competitions.viewOffers) see it. Before the
// deadline they see how many offers each task has (unless the competition
// shows offers at once); after it, each submitted offer with its applicants,
// amounts, version, short checksum and the state of its confirmation, and a
// search by checksum (what is printed on the PDF and the confirmation).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { officeSeesOffers } from "@/lib/offers/submission/policy";

/** "0A55 22c2-b414…" → "0a5522c2b414…": what a person copies from a printed checksum, comparable. */
export function normaliseChecksum(value: string): string {
  return value.toLowerCase().replace(/[^0-9a-f]/g, "");
}

/** The short checksum's form of a normalised prefix ("0a5522c2b414" → "0a55-22c2-b414"). */
const shortForm = (hex: string) => hex.slice(0, 12).replace(/(.{4})(?=.)/g, "$1-");

export type OfficeOffersView = NonNullable<Awaited<ReturnType<typeof officeOffersView>>>;

/** `now` for tests; by default the database's clock, which also decides submissions (L5). */
export async function officeOffersView(slug: string, actor: Actor, query: { checksum?: string }, now?: Date) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      offersDeadline: true,
      officeSeesOffersAfterDeadline: true,
      confirmationRequired: true,
      tasks: { orderBy: { position: "asc" }, select: { id: true, number: true, kindName: true } },
    },
  });
  if (!competition || competition.status === "DRAFT") return null;
  if (!can(actor, "competitions.viewOffers", { institutionId: competition.institutionId })) return null;
  const visible = officeSeesOffers(competition, now ?? (await databaseNow()));
  const counts = await db().offer.groupBy({
    by: ["taskId"],
    where: { competitionId: competition.id, status: "SUBMITTED" },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.taskId, c._count._all]));
  const wanted = query.checksum ? normaliseChecksum(query.checksum) : "";
  const search = visible && wanted.length >= 4;
  const offers = visible
    ? await db().offer.findMany({
        where: {
          competitionId: competition.id,
          status: "SUBMITTED",
          ...(search
            ? {
                versions: {
                  some:
                    wanted.length > 12
                      ? { checksum: { startsWith: wanted } }
                      : { shortChecksum: { startsWith: shortForm(wanted) } },
                },
              }
            : {}),
        },
        orderBy: [{ submittedAt: "asc" }],
        select: {
          id: true,
          taskId: true,
          title: true,
          kind: true,
          leadOrganisation: { select: { name: true } },
          coApplicants: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
          currentVersion: {
            select: {
              number: true,
              shortChecksum: true,
              submittedAt: true,
              requestedGrant: true,
              totalCost: true,
              confirmations: { orderBy: { receivedAt: "desc" }, take: 1, select: { status: true, channel: true } },
            },
          },
        },
      })
    : [];
  return {
    competition: {
      slug: competition.slug,
      title: competition.title,
      deadline: competition.offersDeadline,
      confirmationRequired: competition.confirmationRequired,
    },
    visible,
    searched: search ? (query.checksum ?? "") : null,
    tasks: competition.tasks.map((task) => ({
      number: task.number,
      kindName: task.kindName,
      count: countOf.get(task.id) ?? 0,
      offers: offers
        .filter((o) => o.taskId === task.id && o.currentVersion)
        .map((o) => {
          const version = o.currentVersion!;
          return {
            id: o.id,
            title: o.title,
            applicants: [o.leadOrganisation.name, ...o.coApplicants.map((c) => c.organisation.name)],
            number: version.number,
            shortChecksum: version.shortChecksum,
            submittedAt: version.submittedAt,
            requestedGrant: Number(version.requestedGrant),
            totalCost: Number(version.totalCost),
            confirmation: version.confirmations[0]?.status ?? null,
          };
        }),
    })),
  };
}
