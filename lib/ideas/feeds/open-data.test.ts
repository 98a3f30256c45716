import { decodeIdeaCursor, encodeIdeaCursor, isOverdue } from "@/lib/ideas/feeds/open-data";

describe("the ideas API's cursor", () => {
  it("round-trips where a page ended", () => {
    const cursor = { publishedAt: new Date("2026-11-02T10:15:00.000Z"), id: "cmabc123" };
    expect(decodeIdeaCursor(encodeIdeaCursor(cursor))).toEqual(cursor);
  });

  it("is null for anything that is not one of ours", () => {
    expect(decodeIdeaCursor("zzz")).toBeNull();
    expect(
      decodeIdeaCursor(Buffer.from(JSON.stringify({ at: "yesterday", id: "x" })).toString("base64url")),
    ).toBeNull();
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  it("holds only while no answer came and the deadline passed", () => {
    expect(isOverdue({ answerDueAt: new Date("2026-12-01T00:00:00Z"), firstAnsweredAt: null }, now)).toBe(true);
    expect(isOverdue({ answerDueAt: new Date("2026-12-10T00:00:00Z"), firstAnsweredAt: null }, now)).toBe(false);
    expect(
      isOverdue(
        { answerDueAt: new Date("2026-12-01T00:00:00Z"), firstAnsweredAt: new Date("2026-12-03T00:00:00Z") },
        now,
      ),
    ).toBe(false);
    expect(isOverdue({ answerDueAt: null, firstAnsweredAt: null }, now)).toBe(false);
  });
});
