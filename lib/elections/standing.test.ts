import { candidateOutcome, electionStanding, undecidedCandidates } from "@/lib/elections/standing";

const drawn = { elected: ["a", "b"], ties: [{ candidates: ["b", "c"], resolution: "draw" as const }] };
const furtherRound = { elected: ["a"], ties: [{ candidates: ["b", "c"], resolution: "furtherRound" as const }] };

describe("an election's standing", () => {
  it("is its phase, unless announced results leave seats to a further round", () => {
    expect(electionStanding("resultsPublished", drawn)).toBe("resultsPublished");
    expect(electionStanding("resultsPublished", null)).toBe("resultsPublished");
    expect(electionStanding("resultsPublished", furtherRound)).toBe("tieUndecided");
    // Counted but not announced: the phase says so already.
    expect(electionStanding("counting", furtherRound)).toBe("counting");
  });

  it("names tied candidates as undecided, not as losers", () => {
    expect(undecidedCandidates(furtherRound)).toEqual(["b", "c"]);
    expect(["a", "b", "c", "d"].map((id) => candidateOutcome(furtherRound, id))).toEqual([
      "elected",
      "tieUndecided",
      "tieUndecided",
      "notElected",
    ]);
    expect(["a", "b", "c"].map((id) => candidateOutcome(drawn, id))).toEqual(["elected", "elected", "notElected"]);
  });
});
