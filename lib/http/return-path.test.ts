import { safeReturnPath } from "@/lib/http/return-path";

describe("safeReturnPath", () => {
  it("accepts paths on this site", () => {
    expect(safeReturnPath("/zaproszenie?token=abc")).toBe("/zaproszenie?token=abc");
    expect(safeReturnPath("/en/organisations/x")).toBe("/en/organisations/x");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "evil",
      "/a b",
      "/\tx",
      undefined,
      42,
      ["/a"],
    ]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
