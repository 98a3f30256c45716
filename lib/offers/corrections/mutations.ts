// Saving a correction's named sections as the applicant types (design §2.6):
// the draft's per-section save (writeSections, optimistic revisions) with
// the correction's own rules first, each refusing before anything is
// written: an OPEN request must exist, its deadline (by the database's clock,
// judged when the save arrived) must not have passed, and every section saved
// must be one the request names. The client keeps its local copy of a refused
// save (components/offers/editor/local-backup.ts), so nothing typed is lost.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { arrivalTime } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SaveOutcome } from "@/lib/offers/drafts/conflicts";
import { writeSections } from "@/lib/offers/drafts/mutations";
import type { SectionSave } from "@/lib/offers/drafts/schemas";
import { sectionsNamedBy } from "@/lib/offers/corrections/named";
import type { OfferSectionKey } from "@/lib/offers/document/schema";
import { lockOffer, SUBMIT_TRANSACTION } from "@/lib/offers/submission/submit-steps";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type CorrectionRefusal =
  "NO_OPEN_CORRECTION" | "CORRECTION_DEADLINE_PASSED" | "CORRECTION_OUTSIDE_NAMED_PARTS" | "STALE_DRAFT";

type Tx = Prisma.TransactionClient;

/**
 * The offer locked, its open request and the keys it names; refused when
 * there is none or its day has ended at `arrived`. Shared with the submit.
 */
export async function lockedCorrection(tx: Tx, offerId: string, arrived: Date) {
  if (!(await lockOffer(tx, offerId))) throw new RuleRefusal<CorrectionRefusal>("NO_OPEN_CORRECTION");
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      status: true,
      template: true,
      title: true,
      kind: true,
      institutionId: true,
      competitionId: true,
      taskId: true,
      currentVersionId: true,
      leadOrganisationId: true,
      coApplicants: { orderBy: { position: "asc" }, select: { organisationId: true } },
    },
  });
  const request = await tx.correctionRequest.findFirst({
    where: { offerId, status: "OPEN" },
    select: { id: true, dueAt: true, parts: true, fromVersionId: true },
  });
  if (offer.status !== "SUBMITTED" || !request) throw new RuleRefusal<CorrectionRefusal>("NO_OPEN_CORRECTION");
  if (arrived.getTime() > request.dueAt.getTime())
    throw new RuleRefusal<CorrectionRefusal>("CORRECTION_DEADLINE_PASSED");
  const named = sectionsNamedBy(request.parts);
  return { offer, request, named };
}

export async function saveCorrectionSections(
  offerId: string,
  saves: readonly SectionSave[],
  actor: Actor,
): Promise<SaveOutcome> {
  const arrived = await arrivalTime();
  return db().$transaction(async (tx) => {
    const { offer, named } = await lockedCorrection(tx, offerId, arrived);
    const allowed = new Set<OfferSectionKey>(named);
    if (saves.some((save) => !allowed.has(save.key)))
      throw new RuleRefusal<CorrectionRefusal>("CORRECTION_OUTSIDE_NAMED_PARTS");
    return writeSections(tx, offerId, offer, saves, actor, { allowed, summary: false });
  }, SUBMIT_TRANSACTION);
}
