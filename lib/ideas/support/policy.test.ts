import { reachesMustAnswer, supportRefusal } from "@/lib/ideas/support/policy";

describe("supportRefusal", () => {
  it("takes supports only on public entries that were not merged", () => {
    expect(supportRefusal({ visibility: "PUBLISHED", status: "RECEIVED" })).toBeNull();
    expect(supportRefusal({ visibility: "PUBLISHED", status: "ACCEPTED" })).toBeNull();
    expect(supportRefusal({ visibility: "PUBLISHED", status: "MERGED" })).toBe("IDEA_MERGED");
    for (const visibility of ["PENDING", "REJECTED", "HIDDEN"] as const)
      expect(supportRefusal({ visibility, status: "RECEIVED" })).toBe("IDEA_NOT_PUBLISHED");
  });
});

describe("reachesMustAnswer", () => {
  const idea = { organisationSupportCount: 3, firstAnsweredAt: null, mustAnswerSince: null };
  it("flags an unanswered entry once the threshold is reached", () => {
    expect(reachesMustAnswer(idea, 3)).toBe(true);
    expect(reachesMustAnswer(idea, 4)).toBe(false);
  });
  it("never flags an answered or already flagged entry, nor with the threshold off", () => {
    expect(reachesMustAnswer({ ...idea, firstAnsweredAt: new Date() }, 3)).toBe(false);
    expect(reachesMustAnswer({ ...idea, mustAnswerSince: new Date() }, 3)).toBe(false);
    expect(reachesMustAnswer(idea, 0)).toBe(false);
  });
});
