// Which of the competition's required attachments an offer needs, and for
// whom: the one rule the editor shows and the submission refuses by
// (offerFacts in lib/offers/submission/context.ts):
// a requirement per applicant gives one slot per applicant it applies to, the
// others one slot for the offer, decided by the lead. Conditions (design
// §2.2): JOINT_ONLY for joint offers; NOT_IN_KRS for an applicant whose II.1
// names another register; PROXY_SIGNS only when a proxy signs, which the
// platform cannot know while drafting, so that slot is offered but never
// counted as missing.
import type { OfferFacts } from "@/lib/offers/calc/check-offer";
import type { OfferDocument } from "@/lib/offers/document/schema";

export type Requirement = {
  id: string;
  label: string;
  /** Shown in the editor; the submission's check does not read it. */
  description?: string | null;
  required: boolean;
  perApplicant: boolean;
  condition: "ALWAYS" | "JOINT_ONLY" | "NOT_IN_KRS" | "PROXY_SIGNS";
};

/** `inKrs`: false when II.1 names another register than the KRS. */
export type SlotApplicant = { organisationId: string; name: string; inKrs: boolean };

/**
 * The offer's applicants in slot order (the lead first), each in the KRS
 * unless its II.1 in the document names another register; `nameOf` gives the
 * name a slot shows.
 */
export function slotApplicants(
  organisationIds: readonly string[],
  document: Pick<OfferDocument, "applicants">,
  nameOf: (organisationId: string) => string,
): SlotApplicant[] {
  return organisationIds.map((organisationId) => ({
    organisationId,
    name: nameOf(organisationId),
    inKrs: document.applicants.list.find((a) => a.organisationId === organisationId)?.register?.kind !== "OTHER",
  }));
}

export type AttachmentSlot = {
  requirementId: string;
  label: string;
  description: string | null;
  /** Counted as missing when empty. */
  required: boolean;
  /** The applicant it is for, when the requirement is per applicant (or about one applicant's register). */
  organisationId?: string;
  applicantName?: string;
  condition: Requirement["condition"];
};

export function attachmentSlots(
  requirements: readonly Requirement[],
  offer: { kind: "SINGLE" | "JOINT"; applicants: readonly SlotApplicant[] },
): AttachmentSlot[] {
  return requirements.flatMap((requirement) => {
    if (requirement.condition === "JOINT_ONLY" && offer.kind !== "JOINT") return [];
    const base = {
      requirementId: requirement.id,
      label: requirement.label,
      description: requirement.description ?? null,
      condition: requirement.condition,
      required: requirement.required && requirement.condition !== "PROXY_SIGNS",
    };
    const concerns = (applicant: SlotApplicant | undefined) =>
      requirement.condition !== "NOT_IN_KRS" || applicant?.inKrs === false;
    if (requirement.perApplicant) {
      return offer.applicants.filter(concerns).map((applicant) => ({
        ...base,
        organisationId: applicant.organisationId,
        applicantName: applicant.name,
      }));
    }
    return concerns(offer.applicants[0]) ? [base] : [];
  });
}

/**
 * Whether a file fills a slot: a per-applicant slot only with that
 * applicant's file, a slot for the offer as a whole with any file given for
 * its requirement.
 */
export function fillsSlot(
  slot: Pick<AttachmentSlot, "requirementId" | "organisationId">,
  file: { requirementId: string | null; organisationId: string | null },
): boolean {
  return (
    file.requirementId === slot.requirementId &&
    (slot.organisationId === undefined || file.organisationId === slot.organisationId)
  );
}

/** The slots still empty that must be filled before submitting (checkOffer's missingAttachments fact). */
export function missingAttachments(
  slots: readonly AttachmentSlot[],
  attached: readonly { requirementId: string | null; organisationId: string | null }[],
): NonNullable<OfferFacts["missingAttachments"]> {
  return slots
    .filter((slot) => slot.required && !attached.some((file) => fillsSlot(slot, file)))
    .map((slot) =>
      slot.organisationId === undefined
        ? { requirementId: slot.requirementId, label: slot.label }
        : {
            requirementId: slot.requirementId,
            label: slot.label,
            organisationId: slot.organisationId,
            applicantName: slot.applicantName ?? "",
          },
    );
}
