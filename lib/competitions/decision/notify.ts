// Who hears of the results (design §7.1): the competition's and the office's
// followers that they are out, and every applicant (lead and co-applicants'
// owners and editors) of every submitted offer its own outcome. Called inside
// publication's transaction; the caller dispatches once it committed.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { offerSubject } from "@/lib/offers/notification-links";
import { plnDecimal } from "@/lib/offers/calc/money";

type Tx = Prisma.TransactionClient;
const WRITERS = ["OWNER", "EDITOR"] as const;

export async function notifyResultsPublished(
  tx: Tx,
  competition: { id: string; slug: string; title: string; institutionId: string },
  actorUserId: string,
): Promise<void> {
  await notify(
    {
      type: "competition.results_published",
      subject: {
        type: "Competition",
        id: competition.id,
        title: competition.title,
        link: { pathname: "/competitions/[slug]/results", params: { slug: competition.slug } },
      },
      actor: { userId: actorUserId, institutionId: competition.institutionId },
      audience: {
        followersOf: { type: "Competition", id: competition.id },
        topic: { institutionId: competition.institutionId },
      },
    },
    tx,
  );
  const decisions = await tx.offerDecision.findMany({
    where: { offer: { competitionId: competition.id } },
    select: {
      outcome: true,
      amount: true,
      offer: {
        select: {
          id: true,
          title: true,
          leadOrganisationId: true,
          coApplicants: { select: { organisationId: true } },
          award: { select: { acceptanceDueAt: true } },
        },
      },
    },
  });
  for (const { outcome, amount, offer } of decisions) {
    const organisations = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId)];
    const due = offer.award?.acceptanceDueAt;
    await notify(
      {
        type: "offer.outcome",
        subject: offerSubject(offer),
        actor: { userId: actorUserId, institutionId: competition.institutionId },
        audience: { organisations: organisations.map((id) => ({ id, roles: [...WRITERS] })) },
        data: {
          outcome,
          ...(amount !== null ? { amount: plnDecimal(Number(amount)) } : {}),
          ...(due ? { deadline: due.toISOString() } : {}),
        },
      },
      tx,
    );
  }
}
