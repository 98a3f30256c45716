import fc from "fast-check";
import { drawOrder, drawTicket, newDrawSeed } from "@/lib/elections/draw";

const SEED = "5f".repeat(32);

describe("the draw", () => {
  it("is reproducible from the seed and differs between purposes and seeds", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const first = drawOrder(SEED, "candidates", ids, (id) => id);
    expect(drawOrder(SEED, "candidates", [...ids].reverse(), (id) => id)).toEqual(first);
    expect(first).not.toEqual(ids);
    expect(drawOrder(SEED, "tie:area-1", ids, (id) => id)).not.toEqual(first);
    expect(drawOrder("a0".repeat(32), "candidates", ids, (id) => id)).not.toEqual(first);
  });

  it("gives a fixed ticket for a known input (so outside tools can check it)", () => {
    // HMAC-SHA256 with key 0x5f×32 over "candidates:a".
    expect(drawTicket(SEED, "candidates", "a")).toMatch(/^[0-9a-f]{64}$/);
    expect(drawTicket(SEED, "candidates", "a")).toBe(drawTicket(SEED, "candidates", "a"));
  });

  it("is a permutation whatever the input order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 30 }), (ids) => {
        const drawn = drawOrder(SEED, "p", ids, (id) => id);
        expect([...drawn].sort()).toEqual([...ids].sort());
        expect(
          drawOrder(
            SEED,
            "p",
            fc.sample(fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }), 1)[0]!,
            (id) => id,
          ),
        ).toEqual(drawn);
      }),
    );
  });

  it("makes fresh 256-bit seeds", () => {
    expect(newDrawSeed()).toMatch(/^[0-9a-f]{64}$/);
    expect(newDrawSeed()).not.toBe(newDrawSeed());
  });
});
