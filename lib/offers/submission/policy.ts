// Who may do what with a submitted offer. The organisation or institution is
// always looked up from the offer on the server, never taken from input.
// - The lead organisation's owners and editors submit, withdraw, reopen and
//   upload the signed confirmation (offers.submit in the lead's scope).
// - Members of the lead and of the co-applicants read the offer, its versions
//   and PDFs (offers.view in any applicant's scope).
// - The addressed office's officials (competitions.viewOffers) read submitted
//   offers once the deadline has passed, or at once when the competition
//   does not hide them until then; before that only how many there are. A
//   small grant has no deadline: its office reads it once received (its
//   SmallGrantCase exists), as the office's small-grants page does. The
//   deadline is judged by the database's clock, as submission is (L5): a web
//   host whose clock runs fast must not show offers another still accepts.
import "server-only";
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { mayViewOffer, type OfferParties } from "@/lib/offers/policy";

/** The scope of offers.submit: the lead organisation of an offer; null when there is no such offer. */
export async function offerLeadScope(offerId: string): Promise<Scope | null> {
  const offer = await db().offer.findUnique({ where: { id: offerId }, select: { leadOrganisationId: true } });
  return offer ? { organisationId: offer.leadOrganisationId } : null;
}

/** Whether the actor is a member (any role) of the lead or of a co-applicant that accepted, with offers.view there. */
export function isApplicantReader(actor: Actor | null, offer: OfferParties): boolean {
  return mayViewOffer(actor, offer);
}

/** Whether the office sees the offers themselves (not only their number) at `now`. */
export function officeSeesOffers(
  competition: { offersDeadline: Date; officeSeesOffersAfterDeadline: boolean },
  now: Date,
): boolean {
  return !competition.officeSeesOffersAfterDeadline || now >= competition.offersDeadline;
}

/** What isOfficeReader reads of an offer. */
export type OfficeReadable = {
  institutionId: string;
  status: string;
  competition: { offersDeadline: Date; officeSeesOffersAfterDeadline: boolean } | null;
  smallGrantCase: { id: string } | null;
};

/** The offer's fields isOfficeReader needs, for a Prisma select. */
export const officeReadableSelect = {
  institutionId: true,
  status: true,
  competition: { select: { offersDeadline: true, officeSeesOffersAfterDeadline: true } },
  smallGrantCase: { select: { id: true } },
} as const;

/**
 * Whether the actor reads the offer as the addressed office: its official
 * (no platform role: competitions.viewOffers), this offer stands submitted
 * (a withdrawn or reopened offer is not before the office), and the office
 * may read it now: a competition's offers per officeSeesOffers, a small
 * grant once received.
 */
export function isOfficeReader(actor: Actor | null, offer: OfficeReadable, now: Date): boolean {
  if (offer.status !== "SUBMITTED") return false;
  if (!can(actor, "competitions.viewOffers", { institutionId: offer.institutionId })) return false;
  if (offer.competition) return officeSeesOffers(offer.competition, now);
  return offer.smallGrantCase !== null;
}

/** Which way the actor reads an offer: as an applicant, as the office, or not at all. */
export type OfferReader = "applicant" | "office" | null;

export async function offerReader(actor: Actor | null, offerId: string, now?: Date): Promise<OfferReader> {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      ...officeReadableSelect,
      leadOrganisationId: true,
      coApplicants: { select: { organisationId: true, acceptedAt: true } },
    },
  });
  if (!offer) return null;
  if (isApplicantReader(actor, offer)) return "applicant";
  return isOfficeReader(actor, offer, now ?? (await databaseNow())) ? "office" : null;
}
