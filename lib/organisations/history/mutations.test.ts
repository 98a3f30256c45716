import { diffFields } from "@/lib/organisations/history/mutations";

describe("diffFields", () => {
  it("lists only what changed, with both values, arrays as sets", () => {
    expect(
      diffFields(
        { name: "Fundacja A", shortName: null, sphereIds: ["b", "a"], foundedYear: 1999 },
        { name: "Fundacja A", shortName: "FA", sphereIds: ["a", "b"], foundedYear: 2001 },
      ),
    ).toEqual({ shortName: { from: null, to: "FA" }, foundedYear: { from: 1999, to: 2001 } });
  });

  it("treats a missing value as empty", () => {
    expect(diffFields({}, { mission: null })).toEqual({});
    expect(diffFields({}, { mission: "Pomagamy" })).toEqual({ mission: { from: null, to: "Pomagamy" } });
  });
});
