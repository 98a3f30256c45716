import { encode } from "next-auth/jwt";
import { sessionCookieName, sessionTokenFrom } from "@/lib/auth/session-cookie";

describe("the session cookie", () => {
  it("is named as next-auth names it, with the __Secure- prefix over HTTPS only", () => {
    expect(sessionCookieName("http://localhost:3000")).toBe("next-auth.session-token");
    expect(sessionCookieName("https://ngo.example.org")).toBe("__Secure-next-auth.session-token");
  });

  it("is found whole, or joined from its numbered chunks in order, and never from another cookie", () => {
    const name = "next-auth.session-token";
    expect(
      sessionTokenFrom(
        [
          { name: "other", value: "x" },
          { name, value: "abc" },
        ],
        name,
      ),
    ).toBe("abc");
    expect(
      sessionTokenFrom(
        [
          { name: `${name}.1`, value: "def" },
          { name: `${name}.0`, value: "abc" },
          { name: `${name}.x`, value: "zzz" },
        ],
        name,
      ),
    ).toBe("abcdef");
    expect(sessionTokenFrom([{ name: `__Secure-${name}`, value: "abc" }], name)).toBeNull();
    expect(sessionTokenFrom([], name)).toBeNull();
  });

  it("holds a token that next-auth's own encoder made, which next-auth's decoder reads back", async () => {
    const { decode } = await import("next-auth/jwt");
    const secret = "a-test-secret-of-more-than-thirty-two-characters";
    const token = await encode({ token: { claims: { userId: "u1", sessionVersion: 3 } }, secret });
    const read = sessionTokenFrom([{ name: "next-auth.session-token", value: token }], "next-auth.session-token");
    expect((await decode({ token: read!, secret }))?.claims).toEqual({ userId: "u1", sessionVersion: 3 });
  });
});
