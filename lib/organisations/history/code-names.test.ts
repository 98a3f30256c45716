import { codeNameKey, isLanguageField } from "@/lib/organisations/history/code-names";

describe("names of codes in the history", () => {
  it("are looked up in the list the field's codes come from", () => {
    expect(codeNameKey("targetGroups", "SENIORS")).toBe("targetGroups.SENIORS");
    expect(codeNameKey("neededCompetences", "GRANT_ACCOUNTING")).toBe("partnerships.competences.GRANT_ACCOUNTING");
    expect(codeNameKey("offeredResources", "KITCHEN")).toBe("partnerships.resources.KITCHEN");
  });

  it("are not looked up for other fields or for values that are not codes", () => {
    expect(codeNameKey("mission", "SENIORS")).toBeNull();
    expect(codeNameKey("toString", "SENIORS")).toBeNull();
    expect(codeNameKey("tags", "wolontariat")).toBeNull();
    expect(codeNameKey("targetGroups", "a.b")).toBeNull();
    expect(isLanguageField("workingLanguages")).toBe(true);
    expect(isLanguageField("tags")).toBe(false);
  });
});
