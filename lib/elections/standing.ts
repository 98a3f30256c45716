// How an election's standing reads to people. The phase follows the dates and
// the commission's acts (lib/elections/lifecycle.ts); but results announced
// with seats left to a further round are not a final result: both tied
// candidates would read "bez mandatu" under "Wyniki ogłoszone" while a further
// round is still to decide between them. So such an election reads as a tie
// that a further round decides, wherever its standing is shown.
import type { ElectionPhase } from "@/lib/elections/lifecycle";

type Ties = { ties?: { candidates: string[]; resolution: "draw" | "furtherRound" }[] } | null;
type Result = Ties & { elected?: string[] };

export type ElectionStanding = ElectionPhase | "tieUndecided";
export type CandidateOutcome = "elected" | "tieUndecided" | "notElected";

/** The candidates whose seat a further round decides (none when the count settled every seat). */
export function undecidedCandidates(result: unknown): string[] {
  return ((result as Ties)?.ties ?? [])
    .filter((tie) => tie.resolution === "furtherRound")
    .flatMap((tie) => tie.candidates);
}

export function electionStanding(phase: ElectionPhase, result: unknown): ElectionStanding {
  return phase === "resultsPublished" && undecidedCandidates(result).length > 0 ? "tieUndecided" : phase;
}

export function candidateOutcome(result: unknown, candidateId: string): CandidateOutcome {
  if ((result as Result)?.elected?.includes(candidateId)) return "elected";
  return undecidedCandidates(result).includes(candidateId) ? "tieUndecided" : "notElected";
}
