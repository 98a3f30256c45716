// Design §5.8 property 1 and the card's checks: the total is the sum of the
// applicable scores whatever their order; a score one tenth above its maximum
// is reported exactly once; every other rule at its edge.
import fc from "fast-check";
import {
  applicableCriteria,
  cardTotal,
  formatTenths,
  maxTotalTenths,
  parsePoints,
  validateCard,
  type CriterionSnapshot,
  type ScoreEntry,
} from "@/lib/competitions/evaluation/calc/cards";

const criteria: CriterionSnapshot[] = [
  { index: 0, name: "Realność", maxTenths: 100, onlySupport: false },
  { index: 1, name: "Koszty", maxTenths: 50, onlySupport: false },
  { index: 2, name: "Wkład własny", maxTenths: 30, onlySupport: true },
];

const full = (scores: number[]): ScoreEntry[] =>
  scores.map((scoreTenths, criterionIndex) => ({ criterionIndex, scoreTenths, justification: "Uzasadnienie." }));

/** Criteria with maxima in halves, and for each a valid score in halves. */
const scoredCard = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 8 }).chain((halves) =>
  fc.tuple(...halves.map((max) => fc.integer({ min: 0, max }))).map((picked) => ({
    criteria: halves.map((max, index) => ({ index, name: `k${index}`, maxTenths: max * 5, onlySupport: false })),
    scores: picked.map((half, index) => ({ criterionIndex: index, scoreTenths: half * 5, justification: "Tak." })),
  })),
);

describe("cardTotal (property 1)", () => {
  it("is the sum of the scores, in any order", () => {
    fc.assert(
      fc.property(scoredCard, fc.integer(), ({ criteria: cs, scores }, seed) => {
        const sum = scores.reduce((s, e) => s + e.scoreTenths!, 0);
        const shuffled = [...scores].sort(
          (a, b) => ((a.criterionIndex * 7919 + seed) % 13) - ((b.criterionIndex * 7919 + seed) % 13),
        );
        expect(cardTotal(scores, cs)).toBe(sum);
        expect(cardTotal(shuffled, cs)).toBe(sum);
        expect(validateCard(shuffled, cs)).toEqual([]);
      }),
    );
  });

  it("reports a score one tenth above its maximum exactly once", () => {
    fc.assert(
      fc.property(scoredCard, fc.nat(), ({ criteria: cs, scores }, pick) => {
        const index = pick % cs.length;
        const over = scores.map((e) =>
          e.criterionIndex === index ? { ...e, scoreTenths: cs[index]!.maxTenths + 1 } : e,
        );
        const problems = validateCard(over, cs);
        expect(problems.filter((p) => p.code === "SCORE_OUT_OF_RANGE")).toEqual([
          { criterionIndex: index, code: "SCORE_OUT_OF_RANGE" },
        ]);
      }),
    );
  });
});

describe("applicableCriteria", () => {
  it("drops a criterion for supported tasks only from entrusted ones, and from their maximum", () => {
    expect(maxTotalTenths(applicableCriteria(criteria, "SUPPORT"))).toBe(180);
    expect(applicableCriteria(criteria, "ENTRUSTMENT").map((c) => c.index)).toEqual([0, 1]);
    expect(maxTotalTenths(applicableCriteria(criteria, "ENTRUSTMENT"))).toBe(150);
  });
});

describe("validateCard", () => {
  const entrusted = applicableCriteria(criteria, "ENTRUSTMENT");

  it("accepts the maximum and zero, and asks for every blank score and justification", () => {
    expect(validateCard(full([100, 0, 30]), criteria)).toEqual([]);
    expect(
      validateCard(
        [
          { criterionIndex: 0, scoreTenths: null, justification: "x" },
          { criterionIndex: 1, scoreTenths: 10, justification: "  " },
        ],
        entrusted,
      ),
    ).toEqual([
      { criterionIndex: 0, code: "SCORE_REQUIRED" },
      { criterionIndex: 1, code: "JUSTIFICATION_REQUIRED" },
    ]);
  });

  it("refuses negative scores, steps finer than half a point and scores of a criterion that does not apply", () => {
    expect(validateCard(full([-5, 7, 0]), criteria)).toEqual([
      { criterionIndex: 0, code: "SCORE_OUT_OF_RANGE" },
      { criterionIndex: 1, code: "SCORE_NOT_HALF" },
    ]);
    expect(validateCard(full([10, 10, 10]), entrusted)).toEqual([
      { criterionIndex: 2, code: "CRITERION_NOT_APPLICABLE" },
    ]);
    // A blank non-applicable row (how the form sends it) is no problem.
    expect(
      validateCard([...full([10, 10]), { criterionIndex: 2, scoreTenths: null, justification: "" }], entrusted),
    ).toEqual([]);
  });

  it("counts only applicable scores in the total", () => {
    expect(cardTotal(full([10, 15, 30]), entrusted)).toBe(25);
  });
});

describe("points as typed and shown", () => {
  it("reads whole and half points with either decimal mark", () => {
    expect(parsePoints("7")).toBe(70);
    expect(parsePoints(" 7,5 ")).toBe(75);
    expect(parsePoints("7.5")).toBe(75);
    expect(parsePoints("")).toBeNull();
    expect(parsePoints("7,25")).toBeNaN();
    expect(parsePoints("-1")).toBeNaN();
    expect(parsePoints("abc")).toBeNaN();
  });

  it("shows tenths with the locale's mark", () => {
    expect(formatTenths(75, "pl")).toBe("7,5");
    expect(formatTenths(75, "en")).toBe("7.5");
    expect(formatTenths(80, "de")).toBe("8");
    expect(formatTenths(0, "pl")).toBe("0");
  });
});
