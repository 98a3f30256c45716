import {
  changeOutcome,
  changedByStewardOf,
  type ChangedBy,
  type ChangeOutcome,
  type ContentState,
  type ModerationMode,
} from "@/lib/moderation/changes";

// The whole table: every row is a promise to the public about what it sees.
const TABLE: [ChangedBy, ModerationMode, ContentState, ChangeOutcome][] = [
  ["institution", "PRE", "public", "apply"],
  ["institution", "POST", "public", "apply"],
  ["institution", "PRE", "unpublished", "apply"],
  ["platform", "PRE", "public", "apply"],
  ["platform", "POST", "unpublished", "apply"],
  ["organisation", "PRE", "unpublished", "apply"],
  ["organisation", "POST", "unpublished", "apply"],
  ["organisation", "PRE", "public", "holdForReview"],
  ["organisation", "POST", "public", "applyThenReview"],
  ["person", "POST", "public", "applyThenReview"],
  ["person", "PRE", "public", "holdForReview"],
  ["person", "POST", "unpublished", "apply"],
];

describe("what a change by whom does to moderated content", () => {
  it.each(TABLE)("a change by %s under %s-moderation to %s content: %s", (by, mode, state, outcome) => {
    expect(changeOutcome({ by, mode, state })).toBe(outcome);
  });

  it("holds anything an automatic screen flagged, whoever wrote it", () => {
    for (const [by, mode, state] of TABLE)
      expect(changeOutcome({ by, mode, state, flagged: true })).toBe("holdForReview");
  });

  it("names who answers for a record from its steward", () => {
    expect(changedByStewardOf({ organisationId: "o", institutionId: null })).toBe("organisation");
    expect(changedByStewardOf({ organisationId: null, institutionId: "i" })).toBe("institution");
    expect(changedByStewardOf({ organisationId: null, institutionId: null })).toBe("platform");
  });
});
