// Properties 2–5 of design §5.8: the commission's arithmetic in exact integers,
// checked against independent BigInt references.
import fc from "fast-check";
import {
  aggregateCards,
  compareScores,
  meanHundredths,
  pointsDecimal,
  type CardForAggregate,
  type Score,
} from "@/lib/competitions/evaluation/calc/aggregate";
import { isDivergent } from "@/lib/competitions/evaluation/calc/divergence";
import { checkProposal, poolState } from "@/lib/competitions/evaluation/calc/pool";
import { rankOffers, type RankInput } from "@/lib/competitions/evaluation/calc/ranking";

const voting = (totalTenths: number): CardForAggregate => ({ status: "SUBMITTED", advisory: false, totalTenths });

/** Round half up of 10·sum/n, by quotient and remainder (not the module's formula). */
function referenceHundredths(sum: number, n: number): bigint {
  const numerator = 10n * BigInt(sum);
  const quotient = numerator / BigInt(n);
  const remainder = numerator % BigInt(n);
  return 2n * remainder >= BigInt(n) ? quotient + 1n : quotient;
}

describe("mean display (property 2)", () => {
  it("equals the exact rational rounded half up", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9990 * 6 }), { minLength: 1, maxLength: 12 }), (totals) => {
        const aggregate = aggregateCards(totals.map(voting));
        const hundredths = meanHundredths(aggregate.sum, aggregate.n);
        expect(BigInt(hundredths)).toBe(referenceHundredths(aggregate.sum, aggregate.n));
        const [whole, fraction] = pointsDecimal(aggregate.sum, aggregate.n).split(".");
        expect(fraction).toHaveLength(2);
        expect(Number(whole) * 100 + Number(fraction)).toBe(hundredths);
      }),
    );
  });
});

describe("divergence (property 3)", () => {
  // thresholdBp = 100·a and maxTenths = 100·c put the boundary range at a·c tenths exactly.
  const boundary = fc
    .record({ a: fc.integer({ min: 1, max: 100 }), c: fc.integer({ min: 1, max: 600 }) })
    .chain(({ a, c }) =>
      fc.record({
        thresholdBp: fc.constant(100 * a),
        maxTenths: fc.constant(100 * c),
        range: fc.constant(a * c),
        low: fc.integer({ min: 0, max: 100 * c - a * c }),
        middle: fc.array(fc.integer({ min: 0, max: a * c }), { maxLength: 5 }),
        advisory: fc.array(fc.integer({ min: 0, max: 100 * c }), { maxLength: 3 }),
      }),
    );

  it("is false at the threshold and true one tenth above it", () => {
    fc.assert(
      fc.property(boundary, ({ thresholdBp, maxTenths, range, low, middle }) => {
        const at = [low, low + range, ...middle.map((m) => low + m)];
        expect(isDivergent(aggregateCards(at.map(voting)), thresholdBp, maxTenths)).toBe(false);
        const above = [low, low + range + 1, ...middle.map((m) => low + m)];
        expect(isDivergent(aggregateCards(above.map(voting)), thresholdBp, maxTenths)).toBe(true);
      }),
    );
  });

  it("does not change when expert (advisory), draft or voided cards are added", () => {
    fc.assert(
      fc.property(boundary, ({ thresholdBp, maxTenths, range, low, middle, advisory }) => {
        const cards = [low, low + range, ...middle.map((m) => low + m)].map(voting);
        const extra: CardForAggregate[] = advisory.flatMap((total) => [
          { status: "SUBMITTED", advisory: true, totalTenths: total },
          { status: "DRAFT", advisory: false, totalTenths: total },
          { status: "VOID", advisory: false, totalTenths: total },
        ]);
        expect(aggregateCards([...cards, ...extra])).toEqual(aggregateCards(cards));
        expect(isDivergent(aggregateCards([...cards, ...extra]), thresholdBp, maxTenths)).toBe(
          isDivergent(aggregateCards(cards), thresholdBp, maxTenths),
        );
      }),
    );
  });
});

describe("ranking (property 4)", () => {
  const score = fc.record({ num: fc.integer({ min: 0, max: 60 }), den: fc.integer({ min: 1, max: 4 }) });
  const offers = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      score: fc.option(score, { nil: null, freq: 6 }),
      submittedAt: fc.integer({ min: 0, max: 5 }).map((minute) => new Date(Date.UTC(2026, 0, 1, 0, minute))),
    }),
    { selector: (offer) => offer.id, maxLength: 15 },
  );
  const exact = (s: Score) => ({ n: BigInt(s.num), d: BigInt(s.den) });
  const rationalCompare = (a: Score, b: Score) => {
    const [x, y] = [exact(a), exact(b)];
    return x.n * y.d === y.n * x.d ? 0 : x.n * y.d > y.n * x.d ? 1 : -1;
  };

  it("orders by exact score, gives equal ranks exactly to equal scores, and ignores the input order", () => {
    fc.assert(
      fc.property(offers, fc.func(fc.integer()), (items: RankInput[], shuffleKey) => {
        const ranked = rankOffers(items, { passThresholdBp: null, maxTenths: 600 });
        expect(ranked).toHaveLength(items.length);
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          if (a.item.score && b.item.score) {
            expect(rationalCompare(a.item.score, b.item.score)).toBeGreaterThanOrEqual(0);
            expect(a.rank === b.rank).toBe(rationalCompare(a.item.score, b.item.score) === 0);
          }
          if (a.item.score === null) expect(b.item.score).toBeNull();
        }
        for (const entry of ranked) {
          if (entry.item.score === null) {
            expect(entry.rank).toBeNull();
            continue;
          }
          const better = items.filter((o) => o.score && rationalCompare(o.score, entry.item.score!) > 0).length;
          expect(entry.rank).toBe(better + 1);
        }
        const shuffled = [...items].sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id));
        const again = rankOffers(shuffled, { passThresholdBp: null, maxTenths: 600 });
        expect(again.map((entry) => entry.item.id)).toEqual(ranked.map((entry) => entry.item.id));
      }),
    );
  });

  it("compareScores agrees with the BigInt rational comparison", () => {
    fc.assert(fc.property(score, score, (a, b) => expect(compareScores(a, b)).toBe(rationalCompare(a, b))));
  });
});

describe("pool (property 5)", () => {
  const amount = fc.integer({ min: 0, max: 10 ** 9 });

  it("allocated + remaining = pool, and over is the shortfall", () => {
    fc.assert(
      fc.property(amount, fc.array(fc.option(amount, { nil: null })), (pool, amounts) => {
        const state = poolState(pool, amounts);
        expect(state.allocated + state.remaining).toBe(pool);
        expect(state.over).toBe(Math.max(0, -state.remaining));
      }),
    );
  });

  it("any sequence of proposals accepted by checkProposal leaves remaining ≥ 0", () => {
    const proposal = fc.record({ offer: fc.integer({ min: 0, max: 5 }), amount: fc.option(amount, { nil: null }) });
    fc.assert(
      fc.property(amount, fc.array(proposal, { maxLength: 30 }), (pool, proposals) => {
        const current: (number | null)[] = Array(6).fill(null);
        for (const { offer, amount: value } of proposals) {
          const others = current.filter((_, index) => index !== offer);
          const check = checkProposal({
            pool,
            others,
            requested: 10 ** 9,
            amount: value,
            cutReason: "x",
            minGrant: null,
          });
          if (check.refusal === null) current[offer] = value;
          expect(poolState(pool, current).remaining).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
