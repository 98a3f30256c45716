import { composeTitle } from "@/lib/i18n/page-title";

describe("a page's title", () => {
  it("says the page, its area and the platform, most specific first", () => {
    expect(composeTitle(["Jak zgłosić uwagę?", "Forum", "Platforma współpracy"])).toBe(
      "Jak zgłosić uwagę? · Forum · Platforma współpracy",
    );
  });

  it("does not repeat the area on the area's own list", () => {
    expect(composeTitle(["Forum", "Forum", "Platforma współpracy"])).toBe("Forum · Platforma współpracy");
    expect(composeTitle(["Konsultacje", "konsultacje", "Platforma"])).toBe("Konsultacje · Platforma");
  });

  it("leaves out a missing area and empty parts, keeping a page that only shares a word with its area", () => {
    expect(composeTitle(["Kontakt", undefined, "Platforma"])).toBe("Kontakt · Platforma");
    expect(composeTitle(["  ", null, "Platforma"])).toBe("Platforma");
    expect(composeTitle(["Moderacja forum", "Forum", "Platforma"])).toBe("Moderacja forum · Forum · Platforma");
  });
});
