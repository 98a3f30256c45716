// What a new draft starts from: each applicant's data in II.1 from what the
// platform already knows of the organisation (the KRS import's name, number
// and address; the profile's contacts) and the contact person in II.2 from
// the first of the organisation's contact persons, else the person starting
// the draft. Pure, so the browser-independent rules are tested alone; the
// rows come from lib/offers/queries.ts. A field the platform does not know
// stays empty for the applicant to fill in: nothing is guessed.
import type { Applicant, ApplicantsSection } from "@/lib/offers/document/schema";

export type PrefillOrganisation = {
  id: string;
  name: string;
  /** The legal form in Polish words ("fundacja"): the offer is a Polish document. */
  legalFormLabel: string;
  krs: string | null;
  regon: string | null;
  address: string | null;
  contacts: { kind: string; value: string }[];
  contactPersons: { name: string; email: string | null; phone: string | null }[];
};

const contact = (organisation: PrefillOrganisation, kind: string) =>
  organisation.contacts.find((item) => item.kind === kind)?.value.trim() || undefined;

/** II.1 for one applicant. */
export function applicantFromOrganisation(organisation: PrefillOrganisation): Applicant {
  const applicant: Applicant = {
    organisationId: organisation.id,
    name: organisation.name,
    legalForm: organisation.legalFormLabel,
    // An organisation without a KRS number is in another register (e.g. an ordinary association in the starosta's).
    register: organisation.krs
      ? { kind: "KRS", number: organisation.krs }
      : { kind: "OTHER", number: organisation.regon ?? undefined },
  };
  if (organisation.address) applicant.seatAddress = organisation.address;
  const website = contact(organisation, "WEBSITE");
  const email = contact(organisation, "EMAIL");
  const phone = contact(organisation, "PHONE");
  if (website) applicant.website = website;
  if (email) applicant.email = email;
  if (phone) applicant.phone = phone;
  return applicant;
}

/** II.1 for every applicant (lead first) and II.2 from the lead's first contact person, else the drafter. */
export function prefillApplicants(
  organisations: readonly PrefillOrganisation[],
  drafter: { name: string; email: string },
): ApplicantsSection {
  const lead = organisations[0];
  const person = lead?.contactPersons[0];
  return {
    list: organisations.map(applicantFromOrganisation),
    contact: person
      ? { name: person.name, email: person.email ?? undefined, phone: person.phone ?? undefined }
      : { name: drafter.name, email: drafter.email },
  };
}

/**
 * The applicants' list after co-applicants changed: the kept ones keep what
 * was typed for them, new ones are prefilled, removed ones go; the order
 * follows `organisations` (lead first).
 */
export function mergeApplicants(
  section: ApplicantsSection,
  organisations: readonly PrefillOrganisation[],
): ApplicantsSection {
  const typed = new Map(section.list.map((applicant) => [applicant.organisationId, applicant]));
  return {
    ...section,
    list: organisations.map((organisation) => typed.get(organisation.id) ?? applicantFromOrganisation(organisation)),
  };
}
