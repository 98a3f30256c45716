// Which of the competition's required attachments an offer needs, and for
// whom: a requirement per applicant gives one slot per applicant, the others
// one slot for the offer. Conditions (design §2.2): JOINT_ONLY for joint
// offers; NOT_IN_KRS for an applicant without a KRS number; PROXY_SIGNS only
// when a proxy signs, which the platform cannot know while drafting, so that
// slot is offered but never counted as missing. Pure: the editor and the
// submission's missing-attachments fact read it alike.
export type Requirement = {
  id: string;
  label: string;
  description: string | null;
  required: boolean;
  perApplicant: boolean;
  condition: "ALWAYS" | "JOINT_ONLY" | "NOT_IN_KRS" | "PROXY_SIGNS";
};

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
    const concerned =
      requirement.condition === "NOT_IN_KRS" ? offer.applicants.filter((a) => !a.inKrs) : offer.applicants;
    if (requirement.perApplicant || requirement.condition === "NOT_IN_KRS") {
      return concerned.map((applicant) => ({
        ...base,
        organisationId: applicant.organisationId,
        applicantName: applicant.name,
      }));
    }
    return [base];
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
