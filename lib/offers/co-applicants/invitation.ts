// What a member of an invited, not yet accepted co-applicant sees at the
// offer's address instead of the draft (security review M1): who invites,
// which of their organisations, to which competition and task, and by when,
// with the way to the lead's public page (its contact data) to ask first.
// Not the draft itself: until the organisation agrees, the lead's work is not
// theirs to read (and their organisation's data in it not yet theirs to fix).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addresseeName } from "@/lib/offers/addressee";
import { pendingCoApplicantFor } from "@/lib/offers/policy";

export async function loadOfferInvitation(offerId: string, actor: Actor | null) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      leadOrganisationId: true,
      leadOrganisation: { select: { name: true, slug: true } },
      institution: { select: { name: true, officeName: true } },
      competition: { select: { slug: true, title: true, offersDeadline: true } },
      task: { select: { number: true, kindName: true } },
      createdBy: { select: { name: true } },
      coApplicants: {
        orderBy: { position: "asc" },
        select: {
          organisationId: true,
          acceptedAt: true,
          organisation: { select: { name: true } },
          addedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!offer || offer.status !== "DRAFT") return null;
  const organisationId = pendingCoApplicantFor(actor, offer, "offers.view");
  const row = offer.coApplicants.find((c) => c.organisationId === organisationId);
  if (!row) return null;
  return {
    offerId: offer.id,
    title: offer.title,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    leadName: offer.leadOrganisation.name,
    // Its public page has its contact data: the invited can ask before answering (a lead is verified, so it has one).
    leadSlug: offer.leadOrganisation.slug,
    invitedBy: row.addedBy?.name ?? offer.createdBy?.name ?? null,
    institutionName: addresseeName(offer.institution),
    competition: offer.competition,
    task: offer.task && `${offer.task.number}. ${offer.task.kindName}`,
    // Members read the invitation; only owners and editors answer it.
    mayAnswer: can(actor, "offers.prepare", { organisationId: row.organisationId }),
  };
}
export type OfferInvitation = NonNullable<Awaited<ReturnType<typeof loadOfferInvitation>>>;
