import { offerStage, type StageFacts } from "@/lib/offers/status-view";

const none: StageFacts = { review: null, correction: null, decision: null, award: null };
const due = new Date("2026-12-14T22:59:59.999Z");

describe("an offer's stage", () => {
  it("is the formal check until the office has a review, and while it is pending", () => {
    expect(offerStage(none)).toEqual({ stage: "UNDER_FORMAL_CHECK" });
    expect(offerStage({ ...none, review: { status: "PENDING", rejectionReason: null } }).stage).toBe(
      "UNDER_FORMAL_CHECK",
    );
  });

  it("follows the correction: open, lapsed, answered", () => {
    const review = { status: "TO_CORRECT" as const, rejectionReason: null };
    expect(offerStage({ ...none, review, correction: { status: "OPEN", dueAt: due, message: "III.4" } })).toEqual({
      stage: "TO_CORRECT",
      dueAt: due,
      message: "III.4",
    });
    const pending = { status: "PENDING" as const, rejectionReason: null };
    expect(
      offerStage({ ...none, review: pending, correction: { status: "LAPSED", dueAt: due, message: "" } }).stage,
    ).toBe("CORRECTION_LAPSED");
    expect(
      offerStage({ ...none, review: pending, correction: { status: "ANSWERED", dueAt: due, message: "" } }).stage,
    ).toBe("UNDER_FORMAL_CHECK");
  });

  it("says the formal result, and the decision has the last word", () => {
    expect(offerStage({ ...none, review: { status: "REJECTED", rejectionReason: "Po terminie" } })).toEqual({
      stage: "FORMALLY_REJECTED",
      reason: "Po terminie",
    });
    const complete = { status: "COMPLETE" as const, rejectionReason: null };
    expect(offerStage({ ...none, review: complete }).stage).toBe("UNDER_EVALUATION");
    expect(
      offerStage({
        ...none,
        review: complete,
        decision: { outcome: "FUNDED", amount: 500_000n, reason: "" },
        award: { amount: 450_000n },
      }),
    ).toEqual({ stage: "FUNDED", amount: 450_000 });
    expect(
      offerStage({
        ...none,
        review: complete,
        decision: { outcome: "NOT_FUNDED", amount: null, reason: "Brak środków" },
      }),
    ).toEqual({ stage: "NOT_FUNDED", reason: "Brak środków" });
  });
});
