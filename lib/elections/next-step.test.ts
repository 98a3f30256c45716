import { electionPhaseAt, type ElectionDates } from "@/lib/elections/lifecycle";
import { electionNextStep } from "@/lib/elections/next-step";

const dates: ElectionDates = {
  nominationsStartAt: new Date("2026-12-10T08:00:00Z"),
  nominationsEndAt: new Date("2026-12-20T22:59:00Z"),
  checkEndsAt: new Date("2026-12-27T22:59:00Z"),
  votingStartAt: new Date("2027-01-04T08:00:00Z"),
  votingEndAt: new Date("2027-01-10T22:59:00Z"),
  resultsBy: new Date("2027-01-14T15:00:00Z"),
};
const at = (iso: string) => electionNextStep(electionPhaseAt({ status: "PUBLISHED", ...dates }, new Date(iso)), dates);

describe("electionNextStep", () => {
  it("names each phase's next step with the date that ends the phase", () => {
    expect(at("2026-12-01T12:00:00Z")).toEqual({ step: "nominationsOpen", at: dates.nominationsStartAt });
    expect(at("2026-12-15T12:00:00Z")).toEqual({ step: "nominationsClose", at: dates.nominationsEndAt });
    expect(at("2026-12-24T12:00:00Z")).toEqual({ step: "candidateList", at: dates.checkEndsAt });
    expect(at("2027-01-01T12:00:00Z")).toEqual({ step: "votingOpens", at: dates.votingStartAt });
    expect(at("2027-01-05T12:00:00Z")).toEqual({ step: "votingCloses", at: dates.votingEndAt });
    expect(at("2027-01-12T12:00:00Z")).toEqual({ step: "results", at: dates.resultsBy });
  });

  it("has none for a draft or published results", () => {
    expect(electionNextStep("draft", dates)).toBeNull();
    expect(electionNextStep("resultsPublished", dates)).toBeNull();
  });
});
