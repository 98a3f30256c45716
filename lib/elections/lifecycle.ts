// Where an election stands at a given moment. The dates decide, by the
// server's clock: a nomination a second after its window is refused even if
// no job has run. The stored status only records the commission's acts
// (publishing the election, publishing the results).
import type { ElectionStatus } from "@/lib/generated/prisma/enums";

export type ElectionPhase =
  "draft" | "announced" | "nominations" | "formalCheck" | "candidateList" | "voting" | "counting" | "resultsPublished";

export type ElectionDates = {
  nominationsStartAt: Date;
  nominationsEndAt: Date;
  checkEndsAt: Date;
  votingStartAt: Date;
  votingEndAt: Date;
  resultsBy: Date;
};

export function electionPhaseAt(
  election: { status: ElectionStatus } & Omit<ElectionDates, "resultsBy">,
  now: Date,
): ElectionPhase {
  if (election.status === "DRAFT") return "draft";
  if (election.status === "RESULTS_PUBLISHED") return "resultsPublished";
  if (now < election.nominationsStartAt) return "announced";
  if (now < election.nominationsEndAt) return "nominations";
  if (now < election.checkEndsAt) return "formalCheck";
  if (now < election.votingStartAt) return "candidateList";
  if (now < election.votingEndAt) return "voting";
  return "counting";
}

/** The rules may change only until nominations open (then everyone relies on them). */
export function rulesEditable(phase: ElectionPhase): boolean {
  return phase === "draft" || phase === "announced";
}

/** Each date's field and the one it must not precede (strictly after when `strict`). */
const ORDER: { field: keyof ElectionDates; after: keyof ElectionDates; strict: boolean; message: string }[] = [
  {
    field: "nominationsEndAt",
    after: "nominationsStartAt",
    strict: true,
    message: "electionNominationsEndBeforeStart",
  },
  { field: "checkEndsAt", after: "nominationsEndAt", strict: false, message: "electionCheckBeforeNominationsEnd" },
  { field: "votingStartAt", after: "checkEndsAt", strict: false, message: "electionVotingBeforeCheck" },
  { field: "votingEndAt", after: "votingStartAt", strict: true, message: "electionVotingEndBeforeStart" },
  { field: "resultsBy", after: "votingEndAt", strict: false, message: "electionResultsBeforeVotingEnd" },
];

/** Problems with the order of the dates, as field errors. */
export function dateOrderProblems(dates: ElectionDates): { field: keyof ElectionDates; message: string }[] {
  return ORDER.filter(({ field, after, strict }) =>
    strict ? dates[field] <= dates[after] : dates[field] < dates[after],
  ).map(({ field, message }) => ({ field, message }));
}
