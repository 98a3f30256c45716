// Reading nominations: what a signed-in person has to do in an election, the
// commission's list, the public list of candidates, and the nomination a
// consent link names.
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { drawOrder } from "@/lib/elections/draw";
import type { ElectionPhase } from "@/lib/elections/lifecycle";
import type { NominationState } from "@/lib/generated/prisma/enums";
import { hashToken } from "@/lib/security/token-hash";

const nominationInclude = {
  organisation: { select: { id: true, name: true, slug: true } },
  area: { select: { name: true } },
  recommendations: {
    select: { organisationId: true, state: true, organisation: { select: { name: true } } },
    orderBy: { createdAt: "asc" as const },
  },
};

/** The person's part in the election: their organisations' nominations, recommendations asked of them, consents awaited from them. */
export async function participationOf(actor: Actor, electionId: string) {
  const organisationIds = actor.organisations
    .map((m) => m.organisationId)
    .filter((organisationId) => can(actor, "organisation.actFor", { organisationId }));
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, emailVerifiedAt: true },
  });
  const [nominations, requests, candidacies] = await Promise.all([
    db().nomination.findMany({
      where: { electionId, organisationId: { in: organisationIds } },
      include: nominationInclude,
      orderBy: { createdAt: "asc" },
    }),
    db().nominationRecommendation.findMany({
      where: { organisationId: { in: organisationIds }, nomination: { electionId } },
      include: {
        organisation: { select: { name: true } },
        nomination: {
          select: {
            id: true,
            candidateName: true,
            statement: true,
            state: true,
            organisation: { select: { name: true } },
            area: { select: { name: true } },
          },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
    db().nomination.findMany({
      where: {
        electionId,
        state: "AWAITING_CONSENT",
        OR: [{ candidateUserId: actor.id }, ...(user.emailVerifiedAt ? [{ candidateEmail: user.email }] : [])],
      },
      include: nominationInclude,
    }),
  ]);
  return { nominations, requests, candidacies };
}
export type Participation = Awaited<ReturnType<typeof participationOf>>;

/** Every nomination, for the commission's formal check. */
export async function nominationsForCheck(electionId: string, state?: NominationState) {
  return db().nomination.findMany({
    where: { electionId, ...(state ? { state } : {}) },
    include: { ...nominationInclude, organisation: { select: { id: true, name: true, slug: true, krs: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
export type NominationForCheck = Awaited<ReturnType<typeof nominationsForCheck>>[number];

/** Whether the list of candidates is public: from the end of the formal check on. */
export const candidateListPublic = (phase: ElectionPhase) =>
  phase === "candidateList" || phase === "voting" || phase === "counting" || phase === "resultsPublished";

/**
 * The accepted candidates in the order the rules say: alphabetical (Polish
 * collation), or drawn from the published seed so that anyone can repeat it.
 * The statement and photo are shown only where the candidate agreed to publish them.
 */
export async function candidateList(election: {
  id: string;
  candidateOrder: "ALPHABETICAL" | "DRAWN";
  drawSeed: string | null;
}) {
  const accepted = await db().nomination.findMany({
    where: { electionId: election.id, state: "ACCEPTED" },
    select: {
      id: true,
      candidateName: true,
      statement: true,
      bioPublicationConsent: true,
      photoId: true,
      areaId: true,
      area: { select: { name: true, position: true } },
      organisation: { select: { name: true, slug: true } },
    },
  });
  const candidates = accepted.map(({ statement, bioPublicationConsent, photoId, ...candidate }) => ({
    ...candidate,
    statement: bioPublicationConsent ? statement : null,
    hasPhoto: bioPublicationConsent && photoId !== null,
  }));
  const collator = new Intl.Collator("pl");
  const ordered =
    election.candidateOrder === "DRAWN" && election.drawSeed
      ? drawOrder(election.drawSeed, "candidates", candidates, (candidate) => candidate.id)
      : [...candidates].sort((a, b) => collator.compare(a.candidateName, b.candidateName) || a.id.localeCompare(b.id));
  // Grouped by area in the areas' order, keeping the order within each.
  return ordered.sort((a, b) => (a.area?.position ?? 0) - (b.area?.position ?? 0));
}
export type Candidate = Awaited<ReturnType<typeof candidateList>>[number];

/** The nomination a consent link names, if the link is still good. */
export async function nominationByConsentToken(token: string, now = new Date()) {
  const nomination = await db().nomination.findUnique({
    where: { consentTokenHash: hashToken(token) },
    include: {
      election: {
        select: { id: true, title: true, slug: true, councilName: true, nominationsEndAt: true, status: true },
      },
      organisation: { select: { name: true } },
      area: { select: { name: true } },
    },
  });
  if (
    !nomination ||
    nomination.state !== "AWAITING_CONSENT" ||
    !nomination.consentTokenExpiresAt ||
    nomination.consentTokenExpiresAt <= now
  )
    return null;
  return nomination;
}
