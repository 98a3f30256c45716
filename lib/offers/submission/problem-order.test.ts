import { offerorOf, submitPageOrder } from "@/lib/offers/submission/problem-order";

const p = (path: string, first = false) => ({ path, first });

describe("the submit page's order of problems", () => {
  it("gathers section II's problems by offeror, lead first, where the first of them stood", () => {
    const ordered = submitPageOrder([
      p("description.title"),
      p("applicants.list.0.phone"),
      p("applicants.list.1.phone"),
      p("applicants.contact.phone"),
      p("applicants.list.0.email"),
      p("applicants.list.1.email"),
      p("plan.actions.0.name"),
      p("coApplicants.consent", true),
    ]);
    expect(ordered.map((problem) => problem.path)).toEqual([
      // What typing cannot fix, first.
      "coApplicants.consent",
      "description.title",
      "applicants.list.0.phone",
      "applicants.list.0.email",
      "applicants.list.1.phone",
      "applicants.list.1.email",
      "applicants.contact.phone",
      "plan.actions.0.name",
    ]);
  });

  it("reads the offeror from a path, and nothing from any other", () => {
    expect(offerorOf("applicants.list.12.bankAccount")).toBe(12);
    expect(offerorOf("applicants.contact.phone")).toBeNull();
    expect(offerorOf("costs.lines.0.unitCost")).toBeNull();
  });
});
