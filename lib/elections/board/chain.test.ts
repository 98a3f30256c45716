import {
  ballotCommitment,
  chainHash,
  checkChain,
  genesisHash,
  newTracker,
  normaliseTracker,
  trackerFingerprint,
} from "@/lib/elections/board/chain";

describe("the bulletin board", () => {
  it("makes unambiguous 80-bit trackers and reads them back however typed", () => {
    const tracker = newTracker();
    expect(tracker).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(Array.from({ length: 200 }, newTracker)).size).toBe(200);
    expect(normaliseTracker(tracker.toLowerCase().replace(/-/g, " "))).toBe(tracker);
    expect(normaliseTracker("7kq2 m9xd 4rtb hoce")).toBe("7KQ2-M9XD-4RTB-H0CE");
    expect(normaliseTracker("too short")).toBeNull();
  });

  it("commits to the ballot whatever the order of choices, and to nothing else", () => {
    expect(ballotCommitment("e1", "T", ["b", "a"])).toBe(ballotCommitment("e1", "T", ["a", "b"]));
    expect(ballotCommitment("e1", "T", ["a"])).not.toBe(ballotCommitment("e1", "T", ["b"]));
    expect(ballotCommitment("e1", "T", ["a"])).not.toBe(ballotCommitment("e2", "T", ["a"]));
    expect(trackerFingerprint("T")).not.toBe(trackerFingerprint("U"));
  });

  it("detects any change to the chain, at the first entry changed", () => {
    const commitments = ["c0", "c1", "c2", "c3"];
    const entries: { position: number; commitment: string; hash: string }[] = [];
    let previous = genesisHash("e1");
    for (const [position, commitment] of commitments.entries())
      entries.push({ position, commitment, hash: (previous = chainHash(previous, commitment)) });
    expect(checkChain("e1", entries)).toEqual({ ok: true, head: previous });
    expect(checkChain("e2", entries)).toEqual({ ok: false, position: 0 });
    const tampered = entries.map((entry) => (entry.position === 2 ? { ...entry, commitment: "forged" } : entry));
    expect(checkChain("e1", tampered)).toEqual({ ok: false, position: 2 });
    expect(checkChain("e1", [entries[0]!, entries[2]!, entries[3]!])).toEqual({ ok: false, position: 1 });
  });
});
