import { checkOffer } from "@/lib/offers/calc/check-offer";
import type { Problem } from "@/lib/offers/calc/problems";
import { emptyOfferDocument } from "@/lib/offers/document/schema";
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

  it("says whose field it is in a joint offer, so that the same label repeated reads apart", () => {
    const doc = emptyOfferDocument("FULL_2018", [2027]);
    doc.applicants = {
      list: [
        { organisationId: "lead", name: "Fundacja Opolskie Centrum Wolontariatu" },
        { organisationId: "partner", name: "Fundacja Ekologiczna „Zielona Odra”" },
        { organisationId: "third" },
      ],
      contact: {},
    };
    const phones = (locale: "pl" | "en" | "de") =>
      problemTexts(
        checkOffer(doc, { kind: "JOINT" }).filter((p) => p.path.endsWith(".phone")),
        locale,
      ).map((p) => p.text);
    expect(phones("pl")).toEqual([
      "II.1 Fundacja Opolskie Centrum Wolontariatu – Uzupełnij pole „Numer telefonu”.",
      "II.1 Fundacja Ekologiczna „Zielona Odra” – Uzupełnij pole „Numer telefonu”.",
      "II.1 współoferent 2 – Uzupełnij pole „Numer telefonu”.",
      "II.2 osoba do kontaktu – Uzupełnij pole „Numer telefonu”.",
    ]);
    expect(phones("en")[3]).toBe("II.2 contact person – Fill in “Telephone number”.");
    expect(new Set(phones("de")).size).toBe(4);
    // A lead whose name was cleared is still told apart from its partners.
    doc.applicants.list[0] = { organisationId: "lead" };
    expect(phones("pl")[0]).toBe("II.1 oferent – Uzupełnij pole „Numer telefonu”.");
  });

  it("leaves a problem of no one's field as it was", () => {
    expect(
      problemTexts([problem({ path: "description.title", field: "offerEditor.fields.offerTitle" })], "pl")[0]?.text,
    ).not.toContain(" – ");
  });
});
