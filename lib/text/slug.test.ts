import fc from "fast-check";
import { slugify } from "@/lib/text/slug";

describe("slugify", () => {
  it("turns Polish names into ASCII slugs", () => {
    expect(slugify("Fundacja „Zdrowie bez Barier”")).toBe("fundacja-zdrowie-bez-barier");
    expect(slugify("Gmina Łambinowice")).toBe("gmina-lambinowice");
    expect(slugify("Kędzierzyn-Koźle")).toBe("kedzierzyn-kozle");
    expect(slugify("ŻÓŁĆ  gęślą jaźń")).toBe("zolc-gesla-jazn");
  });

  it("always gives a URL-safe slug within the length limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const slug = slugify(text, 40);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(40);
      }),
    );
  });
});
