// What comes next in an election in progress, and when: the one line the
// home page (and anyone summing elections up) shows beside its phase. Each
// phase ends with a dated step, so the reader learns what to do by when.
import type { ElectionDates, ElectionPhase } from "@/lib/elections/lifecycle";

export type ElectionNextStep =
  "nominationsOpen" | "nominationsClose" | "candidateList" | "votingOpens" | "votingCloses" | "results";

const NEXT: Partial<Record<ElectionPhase, { step: ElectionNextStep; at: keyof ElectionDates }>> = {
  announced: { step: "nominationsOpen", at: "nominationsStartAt" },
  nominations: { step: "nominationsClose", at: "nominationsEndAt" },
  formalCheck: { step: "candidateList", at: "checkEndsAt" },
  candidateList: { step: "votingOpens", at: "votingStartAt" },
  voting: { step: "votingCloses", at: "votingEndAt" },
  counting: { step: "results", at: "resultsBy" },
};

/** The next step and its date; null for a draft or an election whose results are out. */
export function electionNextStep(
  phase: ElectionPhase,
  dates: ElectionDates,
): { step: ElectionNextStep; at: Date } | null {
  const next = NEXT[phase];
  return next ? { step: next.step, at: dates[next.at] } : null;
}
