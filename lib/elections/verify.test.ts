import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ballotCommitment, chainHash, genesisHash, newTracker, trackerFingerprint } from "@/lib/elections/board/chain";
import { countVotes } from "@/lib/elections/count";
import type { BoardFile } from "@/lib/elections/results";
import { verifyBoard } from "@/lib/elections/verify";
import { main } from "@/lib/cli/verify-election";

const SEED = "5a".repeat(32);

/** A board as the platform publishes it: five ballots for three candidates, two seats. */
function publishedBoard(): { board: BoardFile; heads: string[] } {
  const electionId = "election-1";
  const candidates = [
    { id: "cand-a", name: "Anna", areaId: null, organisation: "Org A" },
    { id: "cand-b", name: "Bartosz", areaId: null, organisation: "Org B" },
    { id: "cand-c", name: "Celina", areaId: null, organisation: "Org C" },
  ];
  const cast = [["cand-a", "cand-b"], ["cand-a"], ["cand-b", "cand-c"], ["cand-a", "cand-c"], ["cand-c"]];
  let previous = genesisHash(electionId);
  const chain: BoardFile["chain"] = [];
  const ballots: BoardFile["ballots"] = [];
  for (const [position, choices] of cast.entries()) {
    const tracker = newTracker();
    const commitment = ballotCommitment(electionId, tracker, choices);
    previous = chainHash(previous, commitment);
    chain.push({ position, commitment, hash: previous });
    ballots.push({ fingerprint: trackerFingerprint(tracker), choices });
  }
  ballots.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
  const result = countVotes({ seats: 2, areas: [], candidates, ballots, tieRule: "DRAW", drawSeed: SEED });
  return {
    board: {
      format: "ngo-platform-election-board/1",
      election: {
        id: electionId,
        title: "Wybory testowe",
        seats: 2,
        votesPerBallot: 2,
        fullBallotRequired: false,
        tieRule: "DRAW",
        drawSeed: SEED,
        areas: [],
        candidates,
        eligible: 7,
      },
      chain,
      head: previous,
      ballots,
      result,
    },
    heads: [chain[2]!.hash],
  };
}

describe("the verifier", () => {
  it("accepts a board as published, with a head noted during voting", () => {
    const { board, heads } = publishedBoard();
    expect(verifyBoard(board, heads)).toMatchObject({
      ok: true,
      problems: [],
      entries: 5,
      ballots: 5,
      votes: { "cand-a": 3, "cand-b": 2, "cand-c": 3 },
    });
  });

  it("fails a board with a changed ballot, a removed entry, a forged head or a result that does not follow", () => {
    const changed = publishedBoard().board;
    changed.ballots[0]!.choices = ["cand-b"];
    expect(verifyBoard(changed).ok).toBe(false);

    const removed = publishedBoard().board;
    removed.chain.splice(3, 1);
    expect(verifyBoard(removed).problems).toEqual(
      expect.arrayContaining([
        { kind: "chainBroken", position: 3 },
        { kind: "ballotCountMismatch", ballots: 5, entries: 4 },
      ]),
    );

    const { board, heads } = publishedBoard();
    expect(verifyBoard(board, ["f".repeat(64)]).problems).toEqual([{ kind: "headNotOnChain", head: "f".repeat(64) }]);
    board.head = heads[0]!;
    expect(verifyBoard(board).problems[0]).toMatchObject({ kind: "headMismatch" });

    const stuffed = publishedBoard().board;
    stuffed.ballots.push({ fingerprint: stuffed.ballots[0]!.fingerprint, choices: ["cand-a", "cand-a"] });
    expect(verifyBoard(stuffed).problems.map((problem) => problem.kind)).toEqual(
      expect.arrayContaining(["ballotCountMismatch", "duplicateFingerprint", "invalidBallot", "resultMismatch"]),
    );

    const wrongWinner = publishedBoard().board;
    wrongWinner.result!.elected = ["cand-b", "cand-c"];
    expect(verifyBoard(wrongWinner).problems).toEqual([{ kind: "resultMismatch", field: "elected" }]);
    expect(verifyBoard({ format: "something else" } as never).problems).toEqual([{ kind: "format" }]);
  });

  it("compares results whatever the order of their keys (jsonb reorders them)", () => {
    const { board } = publishedBoard();
    const reordered = Object.fromEntries(Object.entries(board.result!.votes).reverse());
    board.result = {
      ties: board.result!.ties,
      elected: board.result!.elected,
      groups: board.result!.groups,
      votes: reordered,
    };
    expect(verifyBoard(board).ok).toBe(true);
  });

  it("runs as a command that exits 0 for a sound board and 1 for a tampered one", () => {
    const dir = mkdtempSync(join(tmpdir(), "board-"));
    const { board, heads } = publishedBoard();
    const sound = join(dir, "board.json");
    writeFileSync(sound, JSON.stringify(board));
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(main([sound, "--head", heads[0]!])).toBe(0);
    expect(log.mock.calls.flat().join("\n")).toContain("✓ Łańcuch jest nienaruszony");
    board.ballots[1]!.choices = board.ballots[1]!.choices.includes("cand-a") ? ["cand-b"] : ["cand-a"];
    const tampered = join(dir, "tampered.json");
    writeFileSync(tampered, JSON.stringify(board));
    expect(main([tampered, "--lang", "en"])).toBe(1);
    expect(log.mock.calls.flat().join("\n")).toContain("does not match the recount");
    expect(main([join(dir, "missing.json")])).toBe(2);
    log.mockRestore();
    error.mockRestore();
  });
});
