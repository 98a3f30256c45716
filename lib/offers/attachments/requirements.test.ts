import {
  attachmentSlots,
  fillsSlot,
  missingAttachments,
  slotApplicants,
  type Requirement,
} from "@/lib/offers/attachments/requirements";

const requirement = (over: Partial<Requirement>): Requirement => ({
  id: "r",
  label: "Statut",
  description: null,
  required: true,
  perApplicant: false,
  condition: "ALWAYS",
  ...over,
});
const applicants = [
  { organisationId: "lead", name: "Fundacja", inKrs: true },
  { organisationId: "partner", name: "Stowarzyszenie zwykłe", inKrs: false },
];

describe("the attachments an offer needs", () => {
  it("applies the conditions and gives per-applicant requirements one slot per applicant", () => {
    const requirements = [
      requirement({ id: "statute-each", condition: "NOT_IN_KRS", perApplicant: true }),
      // For the offer as a whole: about the lead, who is in the KRS.
      requirement({ id: "statute-lead", condition: "NOT_IN_KRS" }),
      requirement({ id: "agreement", condition: "JOINT_ONLY" }),
      requirement({ id: "proxy", condition: "PROXY_SIGNS" }),
      requirement({ id: "budget", perApplicant: true, required: false }),
    ];
    const joint = attachmentSlots(requirements, { kind: "JOINT", applicants });
    expect(joint.map((slot) => [slot.requirementId, slot.organisationId ?? null, slot.required])).toEqual([
      ["statute-each", "partner", true],
      ["agreement", null, true],
      ["proxy", null, false],
      ["budget", "lead", false],
      ["budget", "partner", false],
    ]);
    const single = attachmentSlots(requirements, { kind: "SINGLE", applicants: applicants.slice(0, 1) });
    expect(single.map((slot) => slot.requirementId)).toEqual(["proxy", "budget"]);
  });

  it("counts as missing only required slots without a file for the same requirement and applicant", () => {
    const slots = attachmentSlots([requirement({ id: "statute", perApplicant: true })], { kind: "JOINT", applicants });
    expect(missingAttachments(slots, [{ requirementId: "statute", organisationId: "lead" }])).toEqual([
      { requirementId: "statute", label: "Statut", organisationId: "partner", applicantName: "Stowarzyszenie zwykłe" },
    ]);
    expect(missingAttachments(slots, [{ requirementId: "statute", organisationId: null }])).toHaveLength(2);
  });

  it("takes any file given for a requirement of the offer as a whole, and names no applicant when one is missing", () => {
    const slots = attachmentSlots([requirement({ id: "agreement" })], { kind: "JOINT", applicants });
    expect(fillsSlot(slots[0]!, { requirementId: "agreement", organisationId: "partner" })).toBe(true);
    expect(missingAttachments(slots, [{ requirementId: "agreement", organisationId: "partner" }])).toEqual([]);
    expect(missingAttachments(slots, [{ requirementId: "other", organisationId: null }])).toStrictEqual([
      { requirementId: "agreement", label: "Statut" },
    ]);
  });

  it("reads each applicant's register from its II.1, the lead first", () => {
    const document = {
      applicants: {
        list: [
          { organisationId: "partner", name: "Stowarzyszenie", register: { kind: "OTHER" as const } },
          { organisationId: "lead", name: "Fundacja", register: { kind: "KRS" as const } },
        ],
      },
    } as unknown as Parameters<typeof slotApplicants>[1];
    expect(slotApplicants(["lead", "partner", "gone"], document, (id) => id.toUpperCase())).toEqual([
      { organisationId: "lead", name: "LEAD", inKrs: true },
      { organisationId: "partner", name: "PARTNER", inKrs: false },
      { organisationId: "gone", name: "GONE", inKrs: true },
    ]);
  });
});
