import { dateOrderProblems, electionPhaseAt, rulesEditable } from "@/lib/elections/lifecycle";

const at = (day: number) => new Date(Date.UTC(2027, 0, day, 9));
const dates = {
  nominationsStartAt: at(1),
  nominationsEndAt: at(15),
  checkEndsAt: at(22),
  votingStartAt: at(25),
  votingEndAt: at(29),
  resultsBy: at(31),
};

describe("election phases", () => {
  it("follow the dates once published", () => {
    const election = { status: "PUBLISHED" as const, ...dates };
    expect([0, 1, 14, 15, 22, 24, 25, 28, 29, 40].map((day) => electionPhaseAt(election, at(day)))).toEqual([
      "announced",
      "nominations",
      "nominations",
      "formalCheck",
      "candidateList",
      "candidateList",
      "voting",
      "voting",
      "counting",
      "counting",
    ]);
    // The windows are half-open: the end instant is already outside.
    expect(electionPhaseAt(election, new Date(dates.votingEndAt.getTime() - 1))).toBe("voting");
  });

  it("are draft and results-published by the commission's acts alone", () => {
    expect(electionPhaseAt({ status: "DRAFT", ...dates }, at(26))).toBe("draft");
    expect(electionPhaseAt({ status: "RESULTS_PUBLISHED", ...dates }, at(1))).toBe("resultsPublished");
  });

  it("freeze the rules when nominations open", () => {
    expect(["draft", "announced"].every((phase) => rulesEditable(phase as never))).toBe(true);
    expect(rulesEditable("nominations")).toBe(false);
  });

  it("require the dates in order", () => {
    expect(dateOrderProblems(dates)).toEqual([]);
    expect(dateOrderProblems({ ...dates, nominationsEndAt: at(1), votingStartAt: at(20) })).toEqual([
      { field: "nominationsEndAt", message: "electionNominationsEndBeforeStart" },
      { field: "votingStartAt", message: "electionVotingBeforeCheck" },
    ]);
    // The check may end when voting starts, and nominations when the check ends.
    expect(dateOrderProblems({ ...dates, checkEndsAt: at(15), votingStartAt: at(15) })).toEqual([]);
  });
});
