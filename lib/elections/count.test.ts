import { countVotes, type CountInput } from "@/lib/elections/count";
import { drawOrder } from "@/lib/elections/draw";

const SEED = "ab".repeat(32);
const ballots = (...lists: string[][]) => lists.map((choices) => ({ choices }));
const base: CountInput = {
  seats: 2,
  areas: [],
  candidates: ["a", "b", "c", "d"].map((id) => ({ id, areaId: null })),
  ballots: [],
  tieRule: "DRAW",
  drawSeed: SEED,
};

describe("counting", () => {
  it("elects the candidates with most votes", () => {
    const result = countVotes({ ...base, ballots: ballots(["a", "b"], ["a", "c"], ["b"], ["d", "a"]) });
    expect(result.votes).toEqual({ a: 3, b: 2, c: 1, d: 1 });
    expect(result.elected).toEqual(["a", "b"]);
    expect(result.ties).toEqual([]);
  });

  it("draws lots from the seed among candidates tied for the last seat, reproducibly", () => {
    const result = countVotes({ ...base, ballots: ballots(["a", "b"], ["a", "c"], ["a", "d"]) });
    expect(result.votes).toEqual({ a: 3, b: 1, c: 1, d: 1 });
    const drawn = drawOrder(SEED, "tie:all", ["b", "c", "d"], (id) => id).slice(0, 1);
    expect(result.ties).toEqual([{ areaId: null, candidates: ["b", "c", "d"], seats: 1, resolution: "draw", drawn }]);
    expect(result.elected).toEqual(["a", ...drawn]);
    expect(countVotes({ ...base, ballots: ballots(["a", "b"], ["a", "c"], ["a", "d"]) })).toEqual(result);
  });

  it("leaves the tied seats to a further round where the rules say so", () => {
    const result = countVotes({ ...base, tieRule: "FURTHER_ROUND", ballots: ballots(["a", "b"], ["a", "c"]) });
    expect(result.elected).toEqual(["a"]);
    expect(result.ties).toEqual([
      { areaId: null, candidates: ["b", "c"], seats: 1, resolution: "furtherRound", drawn: [] },
    ]);
  });

  it("elects everyone tied when the tie fits the seats, and all candidates when there are fewer than seats", () => {
    expect(countVotes({ ...base, seats: 3, ballots: ballots(["a", "b"], ["a", "c"]) }).elected).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(countVotes({ ...base, seats: 5, ballots: ballots(["a"]) }).elected.sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("counts per area with the area's seats", () => {
    const result = countVotes({
      ...base,
      seats: 2,
      areas: [
        { id: "north", seats: 1 },
        { id: "south", seats: 1 },
      ],
      candidates: [
        { id: "a", areaId: "north" },
        { id: "b", areaId: "north" },
        { id: "c", areaId: "south" },
        { id: "d", areaId: "south" },
      ],
      ballots: ballots(["a", "d"], ["b", "d"], ["a", "c"]),
    });
    expect(result.groups).toEqual([
      { areaId: "north", seats: 1, elected: ["a"] },
      { areaId: "south", seats: 1, elected: ["d"] },
    ]);
    expect(result.elected).toEqual(["a", "d"]);
  });

  it("ignores choices that are not candidates (they cannot be cast, but a forged board must not count them)", () => {
    expect(countVotes({ ...base, ballots: ballots(["a", "x"]) }).votes).toEqual({ a: 1, b: 0, c: 0, d: 0 });
  });
});
