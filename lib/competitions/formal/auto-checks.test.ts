import { suggestAnswer, statementsChosen, type AutoCheckFacts } from "@/lib/competitions/formal/auto-checks";
import { defaultChecklist } from "@/lib/competitions/formal/checklist";

const deadline = new Date("2027-03-01T11:00:00Z");

const facts = (overrides: Partial<AutoCheckFacts> = {}): AutoCheckFacts => ({
  submittedAt: new Date("2027-03-01T10:59:59Z"),
  deadline,
  documentErrors: 0,
  unverifiedApplicants: 0,
  statements: { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true },
  confirmationRequired: true,
  confirmation: "ACCEPTED",
  missingRequirementIds: new Set(),
  ...overrides,
});

const item = (autoCheck: Parameters<typeof suggestAnswer>[0]["autoCheck"], requirementId: string | null = null) => ({
  autoCheck,
  requirementId,
});

describe("the default checklist", () => {
  it("lists the deadline (not correctable), fields, eligibility, statements, the confirmation and each required attachment", () => {
    const list = defaultChecklist({
      confirmationRequired: true,
      attachmentRequirements: [
        { id: "r1", label: "Statut", required: true },
        { id: "r2", label: "Rekomendacje", required: false },
      ],
    });
    expect(list.map((i) => [i.position, i.kind, i.autoCheck, i.correctable, i.requirementId])).toEqual([
      [1, "DEADLINE", "ON_TIME", false, null],
      [2, "FIELDS", "FIELDS_COMPLETE", true, null],
      [3, "ELIGIBILITY", "APPLICANT_VERIFIED", true, null],
      [4, "STATEMENT", "STATEMENTS_CHOSEN", true, null],
      [5, "CONFIRMATION", "CONFIRMATION_ACCEPTED", true, null],
      [6, "ATTACHMENT", "ATTACHMENTS_PRESENT", true, "r1"],
    ]);
    expect(list[5]!.label).toBe("Załącznik: Statut");
  });

  it("has no confirmation item when the announcement asks for none", () => {
    const list = defaultChecklist({ confirmationRequired: false, attachmentRequirements: [] });
    expect(list.map((i) => i.kind)).toEqual(["DEADLINE", "FIELDS", "ELIGIBILITY", "STATEMENT"]);
  });
});

describe("the checklist's suggestions", () => {
  it("judge the deadline strictly: a second before is on time, the deadline itself is late", () => {
    expect(suggestAnswer(item("ON_TIME"), facts())).toBe("MET");
    expect(suggestAnswer(item("ON_TIME"), facts({ submittedAt: deadline }))).toBe("NOT_MET");
  });

  it("follow the document's errors, the applicants' verification and the statements", () => {
    expect(suggestAnswer(item("FIELDS_COMPLETE"), facts({ documentErrors: 1 }))).toBe("NOT_MET");
    expect(suggestAnswer(item("APPLICANT_VERIFIED"), facts({ unverifiedApplicants: 1 }))).toBe("NOT_MET");
    expect(suggestAnswer(item("APPLICANT_VERIFIED"), facts())).toBe("MET");
    const { s5: _omitted, ...partial } = facts().statements;
    expect(statementsChosen(partial)).toBe(false);
    expect(suggestAnswer(item("STATEMENTS_CHOSEN"), facts({ statements: partial }))).toBe("NOT_MET");
    expect(suggestAnswer(item("STATEMENTS_CHOSEN"), facts())).toBe("MET");
  });

  it("leave an undecided confirmation to the official, and say none is missing when none is asked", () => {
    expect(suggestAnswer(item("CONFIRMATION_ACCEPTED"), facts({ confirmation: "UPLOADED" }))).toBeNull();
    expect(suggestAnswer(item("CONFIRMATION_ACCEPTED"), facts({ confirmation: null }))).toBe("NOT_MET");
    expect(suggestAnswer(item("CONFIRMATION_ACCEPTED"), facts({ confirmation: "REJECTED" }))).toBe("NOT_MET");
    expect(suggestAnswer(item("CONFIRMATION_ACCEPTED"), facts({ confirmationRequired: false }))).toBeNull();
  });

  it("check each attachment item against its own requirement", () => {
    const missing = facts({ missingRequirementIds: new Set(["r1"]) });
    expect(suggestAnswer(item("ATTACHMENTS_PRESENT", "r1"), missing)).toBe("NOT_MET");
    expect(suggestAnswer(item("ATTACHMENTS_PRESENT", "r2"), missing)).toBe("MET");
    expect(suggestAnswer(item(null), missing)).toBeNull();
  });
});
