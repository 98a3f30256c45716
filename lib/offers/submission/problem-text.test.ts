import type { Problem } from "@/lib/offers/calc/problems";
import { problemFieldErrors, problemTexts } from "@/lib/offers/submission/problem-text";

const problem = (over: Partial<Problem>): Problem => ({
  code: "REQUIRED",
  path: "applicants.list.0.name",
  severity: "error",
  field: "offerEditor.fields.applicantName",
  values: {},
  ...over,
});

describe("an offer's problems in words on the server", () => {
  it("names the field by its label in the catalogue and formats the numbers", () => {
    expect(problemTexts([problem({})], "en")).toEqual([
      { path: "applicants.list.0.name", text: "Fill in “Name of the applicant”." },
    ]);
    const [tooLong] = problemTexts([problem({ code: "TOO_LONG", values: { length: 320, max: 300 } })], "en");
    expect(tooLong?.text).toContain("320");
  });

  it("reads a field key the catalogue lacks as itself, never as a missing message", () => {
    expect(problemTexts([problem({ field: "offerEditor.fields.noSuchField" })], "en")[0]?.text).toBe(
      "Fill in “offerEditor.fields.noSuchField”.",
    );
  });

  it("gives one field error per path, errors only", () => {
    const errors = problemFieldErrors(
      [
        problem({}),
        problem({ code: "TOO_LONG", values: { length: 1, max: 0 } }),
        problem({ severity: "warning", path: "x" }),
      ],
      "pl",
    );
    expect(errors.map((e) => e.field)).toEqual(["applicants.list.0.name"]);
  });
});
