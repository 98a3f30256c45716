// Counting an election: votes per candidate, the elected per area (or in
// the whole territory), and ties at the last seat resolved as the rules say.
// Pure and shared with the standalone verifier, which must reach the same
// result from the published board.
import { drawOrder } from "@/lib/elections/draw";

export type CountInput = {
  seats: number;
  areas: { id: string; seats: number }[];
  candidates: { id: string; areaId: string | null }[];
  ballots: { choices: readonly string[] }[];
  tieRule: "DRAW" | "FURTHER_ROUND";
  drawSeed: string;
};

export type Tie = {
  areaId: string | null;
  candidates: string[];
  seats: number;
  resolution: "draw" | "furtherRound";
  drawn: string[];
};
export type CountResult = {
  votes: Record<string, number>;
  groups: { areaId: string | null; seats: number; elected: string[] }[];
  elected: string[];
  ties: Tie[];
};

export function countVotes(input: CountInput): CountResult {
  const votes: Record<string, number> = Object.fromEntries(input.candidates.map((candidate) => [candidate.id, 0]));
  for (const ballot of input.ballots) for (const choice of ballot.choices) if (choice in votes) votes[choice]! += 1;
  const groups =
    input.areas.length > 0
      ? input.areas.map((area) => ({ areaId: area.id as string | null, seats: area.seats }))
      : [{ areaId: null, seats: input.seats }];
  const ties: Tie[] = [];
  const results = groups.map(({ areaId, seats }) => {
    const standing = input.candidates
      .filter((candidate) => (input.areas.length > 0 ? candidate.areaId === areaId : true))
      .map((candidate) => candidate.id);
    const ranked = [...standing].sort((a, b) => votes[b]! - votes[a]! || (a < b ? -1 : 1));
    if (ranked.length <= seats) return { areaId, seats, elected: ranked };
    const threshold = votes[ranked[seats - 1]!]!;
    const above = ranked.filter((id) => votes[id]! > threshold);
    const tied = ranked.filter((id) => votes[id]! === threshold);
    const open = seats - above.length;
    if (tied.length === open) return { areaId, seats, elected: [...above, ...tied] };
    if (input.tieRule === "DRAW") {
      const drawn = drawOrder(input.drawSeed, `tie:${areaId ?? "all"}`, tied, (id) => id).slice(0, open);
      ties.push({ areaId, candidates: [...tied].sort(), seats: open, resolution: "draw", drawn });
      return { areaId, seats, elected: [...above, ...drawn] };
    }
    ties.push({ areaId, candidates: [...tied].sort(), seats: open, resolution: "furtherRound", drawn: [] });
    return { areaId, seats, elected: above };
  });
  return { votes, groups: results, elected: results.flatMap((group) => group.elected), ties };
}
