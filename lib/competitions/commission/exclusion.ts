// Who may not judge whom (design §1 L4, L6, §3.3), pure so the rules are tested
// alone and the pages show the same reason the mutations refuse with.
// - A nominee of an organisation taking part in the competition (the lead or an
//   accepted co-applicant of any submitted offer, in any task: "w konkursie")
//   cannot sit on its commission.
// - A member the platform knows to be tied to an offer (a member of its lead or
//   a co-applicant, or the person who submitted it) cannot declare that they
//   have no conflict with it.
// - A declaration of no conflict may later become a conflict, never back.

export type ApplicantRole = "LEAD" | "CO_APPLICANT";

/** The organisations taking part: organisation id → the strongest role it holds in any submitted offer. */
export type Applicants = ReadonlyMap<string, ApplicantRole>;

export interface OfferApplicants {
  status: string;
  leadOrganisationId: string;
  coApplicants: readonly { organisationId: string; acceptedAt: Date | null }[];
}

/** Organisations taking part in the competition through its submitted (not withdrawn) offers. */
export function applicantsOf(offers: readonly OfferApplicants[]): Map<string, ApplicantRole> {
  const applicants = new Map<string, ApplicantRole>();
  for (const offer of offers) {
    if (offer.status !== "SUBMITTED") continue;
    applicants.set(offer.leadOrganisationId, "LEAD");
    for (const co of offer.coApplicants) {
      if (co.acceptedAt && !applicants.has(co.organisationId)) applicants.set(co.organisationId, "CO_APPLICANT");
    }
  }
  return applicants;
}

/** Why a nominee of `organisationId` may not be appointed; null when they may. */
export function nomineeExclusion(organisationId: string, applicants: Applicants): ApplicantRole | null {
  return applicants.get(organisationId) ?? null;
}

export type KnownTie = "SUBMITTED_IT" | "LEAD_MEMBER" | "CO_APPLICANT_MEMBER";

export interface TieOffer {
  leadOrganisationId: string;
  coApplicants: readonly { organisationId: string }[];
  /** Who submitted each version. */
  submittedByIds: readonly (string | null)[];
}

/** A tie the platform knows between a person (their id and organisations) and an offer; null when none. */
export function knownTie(person: { id: string; organisationIds: readonly string[] }, offer: TieOffer): KnownTie | null {
  if (offer.submittedByIds.includes(person.id)) return "SUBMITTED_IT";
  const mine = new Set(person.organisationIds);
  if (mine.has(offer.leadOrganisationId)) return "LEAD_MEMBER";
  if (offer.coApplicants.some((co) => mine.has(co.organisationId))) return "CO_APPLICANT_MEMBER";
  return null;
}

export type DeclarationRefusal = "CONFLICT_KNOWN" | "DECLARATION_FINAL";

/**
 * Whether a member may declare `conflict` for an offer, given what they
 * declared before (null: nothing yet) and any known tie.
 */
export function declarationRefusal(
  previous: { conflict: boolean } | null,
  conflict: boolean,
  tie: KnownTie | null,
): DeclarationRefusal | null {
  if (previous?.conflict && !conflict) return "DECLARATION_FINAL";
  if (!conflict && tie) return "CONFLICT_KNOWN";
  return null;
}
