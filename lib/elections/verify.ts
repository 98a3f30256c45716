// The outsider's recount: everything the published board claims, checked
// from the board alone. Used by `npm run verify-election -- board.json`; it
// needs nothing from the platform but this code (node:crypto underneath).
import { checkChain } from "@/lib/elections/board/chain";
import { countVotes } from "@/lib/elections/count";
import type { BoardFile } from "@/lib/elections/results";

export type VerificationProblem =
  | { kind: "format" }
  | { kind: "chainBroken"; position: number }
  | { kind: "headMismatch"; expected: string; computed: string }
  | { kind: "headNotOnChain"; head: string }
  | { kind: "ballotCountMismatch"; ballots: number; entries: number }
  | { kind: "duplicateFingerprint"; fingerprint: string }
  | { kind: "invalidBallot"; fingerprint: string }
  | { kind: "noResult" }
  | { kind: "resultMismatch"; field: "votes" | "elected" | "ties" };

export type Verification = {
  ok: boolean;
  problems: VerificationProblem[];
  entries: number;
  ballots: number;
  votes: Record<string, number>;
  elected: string[];
};

/** JSON with object keys sorted: the stored result comes back from PostgreSQL's jsonb with its keys reordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** `seenHeads`: head hashes someone noted during voting; each must be on the final chain. */
export function verifyBoard(board: BoardFile, seenHeads: string[] = []): Verification {
  const problems: VerificationProblem[] = [];
  if (
    board?.format !== "ngo-platform-election-board/1" ||
    !Array.isArray(board.chain) ||
    !Array.isArray(board.ballots)
  ) {
    return { ok: false, problems: [{ kind: "format" }], entries: 0, ballots: 0, votes: {}, elected: [] };
  }
  const { election } = board;
  const chain = checkChain(election.id, board.chain);
  if (!chain.ok) problems.push({ kind: "chainBroken", position: chain.position });
  else if (chain.head !== board.head)
    problems.push({ kind: "headMismatch", expected: board.head, computed: chain.head });
  const hashes = new Set(board.chain.map((entry) => entry.hash));
  for (const head of seenHeads) if (!hashes.has(head)) problems.push({ kind: "headNotOnChain", head });
  if (board.ballots.length !== board.chain.length)
    problems.push({ kind: "ballotCountMismatch", ballots: board.ballots.length, entries: board.chain.length });

  const candidates = new Set(election.candidates.map((candidate) => candidate.id));
  const fingerprints = new Set<string>();
  for (const ballot of board.ballots) {
    if (fingerprints.has(ballot.fingerprint))
      problems.push({ kind: "duplicateFingerprint", fingerprint: ballot.fingerprint });
    fingerprints.add(ballot.fingerprint);
    const distinct = new Set(ballot.choices);
    const valid =
      distinct.size === ballot.choices.length &&
      ballot.choices.every((choice) => candidates.has(choice)) &&
      ballot.choices.length >= (election.fullBallotRequired ? election.votesPerBallot : 1) &&
      ballot.choices.length <= election.votesPerBallot;
    if (!valid) problems.push({ kind: "invalidBallot", fingerprint: ballot.fingerprint });
  }

  const recount = countVotes({
    seats: election.seats,
    areas: election.areas.map((area) => ({ id: area.id, seats: area.seats })),
    candidates: election.candidates.map((candidate) => ({ id: candidate.id, areaId: candidate.areaId })),
    ballots: board.ballots,
    tieRule: election.tieRule,
    drawSeed: election.drawSeed,
  });
  if (!board.result) problems.push({ kind: "noResult" });
  else {
    if (!same(recount.votes, board.result.votes)) problems.push({ kind: "resultMismatch", field: "votes" });
    if (!same(recount.elected, board.result.elected)) problems.push({ kind: "resultMismatch", field: "elected" });
    if (!same(recount.ties, board.result.ties)) problems.push({ kind: "resultMismatch", field: "ties" });
  }
  return {
    ok: problems.length === 0,
    problems,
    entries: board.chain.length,
    ballots: board.ballots.length,
    votes: recount.votes,
    elected: recount.elected,
  };
}
