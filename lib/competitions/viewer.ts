// What a competition's page shows to the person reading it, asked by the
// browser after the page loads (components/competitions/public/competition-viewer.tsx).
// The page is the same for everyone and served from the page cache
// (lib/http/page-cache.ts, SHARED); only this small answer is per person:
// whether they follow it, whether they manage it (its office's officials),
// whether they may start an offer, and their organisations' drafts in it.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";
import type { CompetitionViewer } from "@/lib/competitions/viewer-types";

export type { CompetitionViewer };

/** The reader's view of the competition `competitionId`; null when there is none to show (no such one, or a draft). */
export async function competitionViewer(
  actor: Actor | null,
  competitionId: string,
  now = new Date(),
): Promise<CompetitionViewer | null> {
  const competition = await db().competition.findUnique({
    where: { id: competitionId },
    select: { id: true, status: true, offersOpenAt: true, offersDeadline: true, institutionId: true },
  });
  // The public page of a draft does not exist: its officials preview it in the account area.
  if (!competition || competition.status === "DRAFT") return null;
  if (!actor) return { signedIn: false };
  // Those they may prepare offers for: verified organisations only, as an unverified one cannot apply.
  const preparing = actor.organisations
    .filter((m) => can(actor, "offers.prepare", { organisationId: m.organisationId }))
    .map((m) => m.organisationId);
  const [following, verified, drafts] = await Promise.all([
    db().itemSubscription.count({
      where: { userId: actor.id, subjectType: "Competition", subjectId: competition.id },
    }),
    preparing.length === 0
      ? 0
      : db().organisation.count({ where: { id: { in: preparing }, verifiedAt: { not: null } } }),
    preparing.length === 0
      ? []
      : db().offer.findMany({
          where: {
            competitionId: competition.id,
            status: "DRAFT",
            OR: [
              { leadOrganisationId: { in: preparing } },
              { coApplicants: { some: { organisationId: { in: preparing } } } },
            ],
          },
          select: { id: true, title: true, leadOrganisation: { select: { name: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
  ]);
  return {
    signedIn: true,
    following: following === 1,
    manages: can(actor, "competitions.manage", { institutionId: competition.institutionId }),
    mayPrepare: verified > 0 && isAcceptingOffers(competition, now),
    drafts: drafts.map((d) => ({ offerId: d.id, title: d.title, organisationName: d.leadOrganisation.name })),
  };
}
