import {
  blocksPublication,
  readinessProblems,
  type PublishableCompetition,
} from "@/lib/competitions/publication-rules";
import { polishLocalToDate } from "@/lib/time/polish-local";

const RULES = { minDays: 21, exclusive: false };
const NOW = polishLocalToDate("2027-03-01T12:00")!;

function competition(overrides: Partial<PublishableCompetition> = {}): PublishableCompetition {
  return {
    summary: "Konkurs na wsparcie seniorów.",
    awardRules: "Zasady.",
    implementationTerms: "Warunki.",
    selectionProcedure: "Tryb.",
    contactName: "Anna",
    contactEmail: "anna@urzad.example",
    implementationStartsOn: new Date("2027-05-01T00:00:00Z"),
    implementationEndsOn: new Date("2027-12-31T00:00:00Z"),
    selectionDueOn: new Date("2027-04-30T00:00:00Z"),
    allowedYears: [2027],
    selectionCriteria: [{ name: "Jakość", maxPoints: 10, onlySupport: false }],
    // A Wednesday.
    offersDeadline: polishLocalToDate("2027-03-31T16:00")!,
    tasks: [{ number: "1", pool: 100_000n }],
    publications: [
      { channel: "BIP", day: "2027-03-08" },
      { channel: "NOTICE_BOARD", day: "2027-03-09" },
      { channel: "WEBSITE", day: "2027-03-10" },
    ],
    ...overrides,
  };
}

describe("readinessProblems", () => {
  it("allows a complete announcement whose deadline is 21 Polish days after the last publication, across the spring DST change", () => {
    expect(readinessProblems(competition(), RULES, NOW)).toEqual([]);
  });

  it("refuses a deadline one Polish day short, naming the earliest allowed day", () => {
    const problems = readinessProblems(
      competition({ publications: [...competition().publications, { channel: "WEBSITE", day: "2027-03-11" }] }),
      RULES,
      NOW,
    );
    expect(problems).toEqual([
      {
        code: "DEADLINE_TOO_EARLY",
        severity: "error",
        values: { earliest: "2027-04-01", lastPublication: "2027-03-11", minDays: 21 },
      },
    ]);
    expect(blocksPublication(problems)).toBe(true);
  });

  it("lists every missing part of art. 13 ust. 2 and every missing statutory publication (press is optional)", () => {
    const problems = readinessProblems(
      competition({
        awardRules: " ",
        selectionDueOn: null,
        allowedYears: [],
        selectionCriteria: [],
        tasks: [{ number: "2", pool: 0n }],
        publications: [{ channel: "PRESS", day: "2027-03-01" }],
      }),
      RULES,
      NOW,
    );
    expect(problems.map((p) => [p.code, p.values.field ?? p.values.channel ?? p.values.number ?? null])).toEqual([
      ["FIELD_MISSING", "awardRules"],
      ["FIELD_MISSING", "selectionDueOn"],
      ["FIELD_MISSING", "allowedYears"],
      ["NO_CRITERIA", null],
      ["TASK_POOL_EMPTY", "2"],
      ["PUBLICATION_MISSING", "BIP"],
      ["PUBLICATION_MISSING", "NOTICE_BOARD"],
      ["PUBLICATION_MISSING", "WEBSITE"],
    ]);
  });

  it("only warns when the deadline falls on a Sunday or a holiday, and refuses a deadline already past", () => {
    const sunday = readinessProblems(
      competition({ offersDeadline: polishLocalToDate("2027-04-04T16:00")! }),
      RULES,
      NOW,
    );
    expect(sunday).toEqual([{ code: "DEADLINE_ON_DAY_OFF", severity: "warning", values: { day: "2027-04-04" } }]);
    expect(blocksPublication(sunday)).toBe(false);
    const late = polishLocalToDate("2027-04-01T12:00")!;
    expect(readinessProblems(competition(), RULES, late).map((p) => p.code)).toEqual(["DEADLINE_PASSED"]);
  });

  it("requires one more day where the office counts the days exclusively", () => {
    expect(readinessProblems(competition(), { minDays: 21, exclusive: true }, NOW).map((p) => p.code)).toEqual([
      "DEADLINE_TOO_EARLY",
    ]);
  });
});
