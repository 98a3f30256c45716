// Examples of the commission's arithmetic that the properties do not spell out.
import {
  aggregateCards,
  effectiveScore,
  meanHundredths,
  pointsDecimal,
} from "@/lib/competitions/evaluation/calc/aggregate";
import { attentionReason, isDivergent } from "@/lib/competitions/evaluation/calc/divergence";
import { checkProposal } from "@/lib/competitions/evaluation/calc/pool";
import { rankOffers } from "@/lib/competitions/evaluation/calc/ranking";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

describe("aggregate", () => {
  it("rounds the mean half up to hundredths of a point", () => {
    // 3 cards: 12.3 + 12.4 + 12.4 = 37.1 points → 12.3666… → 12.37
    expect(pointsDecimal(123 + 124 + 124, 3)).toBe("12.37");
    // 2 cards: 10.1 + 10.2 → 10.15 exactly
    expect(pointsDecimal(101 + 102, 2)).toBe("10.15");
    // 8 cards summing 1 tenth → 0.0125 → 0.01; 4 cards → 0.025 → 0.03 (half up)
    expect(meanHundredths(1, 8)).toBe(1);
    expect(meanHundredths(1, 4)).toBe(3);
    expect(pointsDecimal(0, 5)).toBe("0.00");
  });

  it("takes the agreed score when the divergence was resolved that way, otherwise the mean", () => {
    const aggregate = aggregateCards([
      { status: "SUBMITTED", advisory: false, totalTenths: 100 },
      { status: "SUBMITTED", advisory: false, totalTenths: 300 },
    ]);
    expect(effectiveScore(aggregate, null)).toEqual({ num: 400, den: 2 });
    expect(effectiveScore(aggregate, { resolution: "KEEP_MEAN", agreedScoreTenths: null })).toEqual({
      num: 400,
      den: 2,
    });
    expect(effectiveScore(aggregate, { resolution: "COMMISSION_SCORE", agreedScoreTenths: 250 })).toEqual({
      num: 250,
      den: 1,
    });
    expect(effectiveScore(aggregateCards([]), null)).toBeNull();
  });
});

describe("divergence", () => {
  const agg = (min: number, max: number, n = 2) => ({ n, sum: min + max, min, max });

  it("is strict: a range of exactly 30 % of the scale is not divergent", () => {
    // scale 60 points = 600 tenths; 30 % = 180 tenths
    expect(isDivergent(agg(100, 280), 3000, 600)).toBe(false);
    expect(isDivergent(agg(100, 281), 3000, 600)).toBe(true);
    expect(isDivergent(agg(0, 600, 1), 3000, 600)).toBe(false);
  });

  it("names what keeps an offer from the close", () => {
    expect(attentionReason(agg(100, 110, 1), false, null, 2)).toBe("TOO_FEW_CARDS");
    expect(attentionReason(agg(100, 400), true, null, 2)).toBe("DIVERGENCE_UNRESOLVED");
    expect(attentionReason(agg(100, 400), true, "KEEP_MEAN", 2)).toBeNull();
    expect(attentionReason(agg(100, 110), false, null, 2)).toBeNull();
  });
});

describe("ranking", () => {
  it("gives ex aequo ranks 1, 2, 2, 4 and lists ties by submission time, then id", () => {
    const ranked = rankOffers(
      [
        { id: "d", score: { num: 100, den: 1 }, submittedAt: at(0) },
        { id: "c", score: { num: 300, den: 2 }, submittedAt: at(2) },
        { id: "b", score: { num: 150, den: 1 }, submittedAt: at(1) },
        { id: "a", score: { num: 400, den: 2 }, submittedAt: at(3) },
        { id: "e", score: null, submittedAt: at(0) },
      ],
      { passThresholdBp: 3000, maxTenths: 400 },
    );
    expect(ranked.map((entry) => [entry.item.id, entry.rank, entry.belowThreshold])).toEqual([
      ["a", 1, false],
      ["b", 2, false],
      ["c", 2, false],
      ["d", 4, true],
      ["e", null, false],
    ]);
  });

  it("treats a score exactly at the pass threshold as passing", () => {
    // 50 % of 400 tenths = 200 tenths
    const ranked = rankOffers(
      [
        { id: "x", score: { num: 400, den: 2 }, submittedAt: at(0) },
        { id: "y", score: { num: 599, den: 3 }, submittedAt: at(0) },
      ],
      { passThresholdBp: 5000, maxTenths: 400 },
    );
    expect(ranked.map((entry) => entry.belowThreshold)).toEqual([false, true]);
  });
});

describe("proposal", () => {
  const base = { pool: 100_000, others: [60_000], requested: 50_000, cutReason: "", minGrant: 20_000 };

  it("refuses above the request, a cut without reason, and money beyond the pool", () => {
    expect(checkProposal({ ...base, amount: 50_001 }).refusal).toBe("AMOUNT_ABOVE_REQUESTED");
    expect(checkProposal({ ...base, amount: 40_000 }).refusal).toBe("CUT_REASON_REQUIRED");
    expect(checkProposal({ ...base, amount: 40_000, cutReason: "   " }).refusal).toBe("CUT_REASON_REQUIRED");
    expect(checkProposal({ ...base, amount: 40_001, cutReason: "koszty" }).refusal).toBe("POOL_EXCEEDED");
    const fits = checkProposal({ ...base, amount: 40_000, cutReason: "koszty" });
    expect(fits.refusal).toBeNull();
    expect(fits.state).toEqual({ pool: 100_000, allocated: 100_000, remaining: 0, over: 0 });
  });

  it("says, without refusing, that a cut fell below the task's minimum grant", () => {
    const check = checkProposal({ ...base, others: [], amount: 10_000, cutReason: "koszty" });
    expect(check).toMatchObject({ refusal: null, belowMinGrant: true });
    expect(checkProposal({ ...base, others: [], amount: null }).belowMinGrant).toBe(false);
  });
});
