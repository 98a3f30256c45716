// Which of the competition's required attachments an offer needs, and for
// whom, by the same rule the submission applies (lib/offers/submission/context.ts):
// a requirement per applicant gives one slot per applicant it applies to, the
// others one slot for the offer, decided by the lead. Conditions (design
// §2.2): JOINT_ONLY for joint offers; NOT_IN_KRS for an applicant whose II.1
// names another register; PROXY_SIGNS only when a proxy signs, which the
// platform cannot know while drafting, so that slot is offered but never
// counted as missing.
export type Requirement = {
  id: string;
  label: string;
  description: string | null;
  required: boolean;
  perApplicant: boolean;
  condition: "ALWAYS" | "JOINT_ONLY" | "NOT_IN_KRS" | "PROXY_SIGNS";
};

/** `inKrs`: false when II.1 names another register than the KRS. */
export type SlotApplicant = { organisationId: string; name: string; inKrs: boolean };

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
      description: requirement.description,
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

/** The slots still empty that must be filled before submitting (checkOffer's missingAttachments fact). */
export function missingAttachments(
  slots: readonly AttachmentSlot[],
  attached: readonly { requirementId: string | null; organisationId: string | null }[],
) {
  return slots
    .filter((slot) => slot.required)
    .filter(
      (slot) =>
        !attached.some(
          (a) => a.requirementId === slot.requirementId && (slot.organisationId ?? null) === (a.organisationId ?? null),
        ),
    )
    .map((slot) => ({
      requirementId: slot.requirementId,
      label: slot.label,
      organisationId: slot.organisationId,
      applicantName: slot.applicantName,
    }));
}
