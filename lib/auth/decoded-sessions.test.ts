import { keptDecoder, type DecodedSession } from "@/lib/auth/decoded-sessions";

type Claims = { userId: string };

/** A decoder over fixed answers that counts its calls, with a clock the test moves. */
function setUp(answers: Record<string, DecodedSession<Claims> | null>, maxEntries = 100) {
  let clock = 1_000_000;
  const calls: string[] = [];
  const decode = keptDecoder<Claims>(
    async (token) => {
      calls.push(token);
      return answers[token] ?? null;
    },
    { ttlMs: 10_000, maxEntries, now: () => clock },
  );
  return { decode, calls, advance: (ms: number) => (clock += ms) };
}

const valid = (userId: string, expiresAt = 1_000_000 + 3_600_000) => ({ claims: { userId }, expiresAt });

describe("decoded session cookies, kept briefly", () => {
  it("decodes a token once within the time it is kept, and again after it", async () => {
    const { decode, calls, advance } = setUp({ a: valid("u1"), b: valid("u2") });
    expect(await decode("a")).toEqual({ userId: "u1" });
    expect(await decode("a")).toEqual({ userId: "u1" });
    expect(await decode("b")).toEqual({ userId: "u2" });
    expect(calls).toEqual(["a", "b"]);
    advance(10_000);
    expect(await decode("a")).toEqual({ userId: "u1" });
    expect(calls).toEqual(["a", "b", "a"]);
  });

  it("never keeps claims beyond the token's expiry, nor a token without one", async () => {
    const { decode, calls, advance } = setUp({ soon: valid("u1", 1_000_000 + 2_000), open: valid("u2", 0) });
    await decode("soon");
    await decode("open");
    await decode("open");
    advance(1_999);
    await decode("soon");
    expect(calls).toEqual(["soon", "open", "open"]);
    advance(1);
    await decode("soon");
    expect(calls).toEqual(["soon", "open", "open", "soon"]);
  });

  it("keeps no refusal: a token that does not decode is decoded each time", async () => {
    const { decode, calls } = setUp({});
    expect(await decode("forged")).toBeNull();
    expect(await decode("forged")).toBeNull();
    expect(calls).toEqual(["forged", "forged"]);
  });

  it("keeps at most its bound, dropping the least recently used", async () => {
    const { decode, calls } = setUp({ a: valid("u1"), b: valid("u2"), c: valid("u3") }, 2);
    await decode("a");
    await decode("b");
    await decode("a");
    await decode("c");
    await decode("a");
    expect(calls).toEqual(["a", "b", "c"]);
    await decode("b");
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });
});
