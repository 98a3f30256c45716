import { RESERVED_SLUGS, requestSlug, slugSuffix } from "@/lib/partnerships/requests/slug";

describe("a request's address", () => {
  it("is the title's words and a random suffix", () => {
    expect(requestSlug("Kuchnia dla seniorów – szukamy wolontariuszy!", "7kq2m")).toBe(
      "kuchnia-dla-seniorow-szukamy-wolontariuszy-7kq2m",
    );
    expect(requestSlug("???", "abcde")).toBe("zapytanie-abcde");
    expect(slugSuffix(new Uint8Array([0, 1, 31, 32, 255]))).toBe("ab9a9");
    expect(slugSuffix()).toMatch(/^[a-z2-9]{5}$/);
  });

  it("never equals a static page beside it, in any language", () => {
    for (const title of [
      "Mapa",
      "Moje",
      "Dla ciebie",
      "Nowe zapytanie",
      "Map",
      "Mine",
      "For you",
      "New request",
      "Karte",
    ]) {
      const slug = requestSlug(title);
      expect(RESERVED_SLUGS).not.toContain(slug);
      expect(slug).toMatch(/-[a-z2-9]{5}$/);
    }
  });

  it("keeps long titles short", () => {
    expect(requestSlug("a ".repeat(100), "zzzzz").length).toBeLessThanOrEqual(66);
  });
});
