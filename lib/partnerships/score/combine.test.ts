import fc from "fast-check";
import { defaultWeights, rankCandidates, rankKey, scoreFit } from "@/lib/partnerships/score/combine";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { candidateFacts, KORFANTOW, NYSA, OPOLE, requestFacts } from "@/lib/partnerships/score/test-facts";
import type { CandidateFacts, RequestFacts } from "@/lib/partnerships/score/types";

const now = new Date("2026-12-06T12:00:00Z");
const spheres = ["s1", "s2", "s3", "s4", "s5", "s6"];
const subset = <T>(list: readonly T[]) => fc.subarray([...list]);
const seat = fc.constantFrom(NYSA, OPOLE, KORFANTOW, null);

const request: fc.Arbitrary<RequestFacts> = fc.record({
  sphereIds: subset(spheres),
  seat,
  radiusKm: fc.option(fc.integer({ min: 5, max: 200 })),
  territoryCodes: fc.constantFrom([], ["1607"], ["1661011"]),
  neededCompetences: subset(competences.slice(0, 8)),
  neededResources: subset(resources.slice(0, 8)),
  offeredCompetences: subset(competences.slice(8, 14)),
  offeredResources: subset(resources.slice(8, 14)),
  partnerLegalForms: fc.constantFrom([], ["ASSOCIATION"], ["FOUNDATION", "ASSOCIATION"]),
  requiresPublicBenefit: fc.boolean(),
});
const candidate: fc.Arbitrary<CandidateFacts> = fc.record({
  sphereIds: subset(spheres),
  seat,
  legalForm: fc.constantFrom("ASSOCIATION", "FOUNDATION", "SOCIAL_COOPERATIVE"),
  hasPublicBenefitStatus: fc.boolean(),
  verified: fc.boolean(),
  offeredCompetences: subset(competences),
  offeredResources: subset(resources),
  neededCompetences: subset(competences),
  neededResources: subset(resources),
  pastProjects: fc.integer({ min: 0, max: 8 }),
  lastProjectYear: fc.option(fc.integer({ min: 2000, max: 2026 })),
  completedPartnerships: fc.integer({ min: 0, max: 4 }),
  wouldAgain: fc.constant(0),
  lastActiveAt: fc.option(fc.constantFrom(new Date("2026-11-01"), new Date("2020-01-01"))),
});
const weights = fc.record({
  weightSpheres: fc.double({ min: 0, max: 1, noNaN: true }),
  weightDistance: fc.double({ min: 0, max: 1, noNaN: true }),
  weightComplementarity: fc.double({ min: 0.01, max: 1, noNaN: true }),
  weightTrackRecord: fc.double({ min: 0, max: 1, noNaN: true }),
  weightReciprocity: fc.double({ min: 0, max: 1, noNaN: true }),
  exposurePenalty: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("the combined fit", () => {
  it("stays in [0, 1]", () => {
    fc.assert(
      fc.property(request, candidate, weights, (r, c, w) => {
        const { score } = scoreFit(r, c, w, now);
        return score >= 0 && score <= 1;
      }),
    );
  });

  it("PROPERTY: a candidate covering strictly more of the needs never ranks lower, all else (and exposure) equal", () => {
    fc.assert(
      fc.property(
        request.filter((r) => r.neededCompetences.length + r.neededResources.length > 0),
        candidate,
        weights,
        fc.integer({ min: 0, max: 100 }),
        fc.nat(),
        (r, c, w, shown, pick) => {
          // The weaker candidate offers a strict subset of the needs the stronger one covers.
          const needs = [...r.neededCompetences, ...r.neededResources];
          const stronger = {
            ...c,
            offeredCompetences: [...new Set([...c.offeredCompetences, ...r.neededCompetences])],
            offeredResources: [...new Set([...c.offeredResources, ...r.neededResources])],
          };
          const dropped = needs[pick % needs.length]!;
          const weaker = {
            ...stronger,
            offeredCompetences: stronger.offeredCompetences.filter((code) => code !== dropped),
            offeredResources: stronger.offeredResources.filter((code) => code !== dropped),
          };
          const strong = scoreFit(r, stronger, w, now);
          const weak = scoreFit(r, weaker, w, now);
          expect(strong.score).toBeGreaterThanOrEqual(weak.score);
          const ranked = rankCandidates(
            [
              { id: "b-stronger", fit: strong, shownLastWeek: shown },
              { id: "a-weaker", fit: weak, shownLastWeek: shown },
            ],
            w.exposurePenalty,
          );
          // Ties may go either way by id; a strictly better fit must come first.
          if (strong.score > weak.score) expect(ranked[0]!.id).toBe("b-stronger");
        },
      ),
      { numRuns: 500, seed: 23 },
    );
  });

  it("PROPERTY: more shared spheres never lower the score, all else equal", () => {
    fc.assert(
      fc.property(
        request.filter((r) => r.sphereIds.length > 0),
        candidate,
        weights,
        fc.nat(),
        (r, c, w, pick) => {
          const sphere = r.sphereIds[pick % r.sphereIds.length]!;
          const without = { ...c, sphereIds: c.sphereIds.filter((s) => s !== sphere) };
          const withIt = { ...c, sphereIds: [...without.sphereIds, sphere] };
          expect(scoreFit(r, withIt, w, now).score).toBeGreaterThanOrEqual(scoreFit(r, without, w, now).score);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it("halves the score for each hard requirement not met", () => {
    const r = requestFacts({ neededResources: ["EVENT_HALL"], requiresPublicBenefit: true });
    const c = candidateFacts({ offeredResources: ["EVENT_HALL"], hasPublicBenefitStatus: true });
    const met = scoreFit(r, c, defaultWeights, now).score;
    const notMet = scoreFit(r, { ...c, hasPublicBenefitStatus: false }, defaultWeights, now);
    expect(notMet.score).toBeCloseTo(met / 2, 10);
    expect(notMet.unmet).toContainEqual({ code: "publicBenefit", hard: true });
  });

  it("follows the weights: with only complementarity weighed, the fit is the share of needs covered", () => {
    const only = { ...defaultWeights, weightSpheres: 0, weightDistance: 0, weightTrackRecord: 0, weightReciprocity: 0 };
    const r = requestFacts({ neededResources: ["EVENT_HALL", "KITCHEN"] });
    expect(scoreFit(r, candidateFacts({ offeredResources: ["KITCHEN"] }), only, now).score).toBe(0.5);
  });
});

describe("exposure", () => {
  it("lowers the rank of those shown most, never the fit, and not at all with penalty 0", () => {
    expect(rankKey(0.8, 0, 0.1)).toBe(0.8);
    expect(rankKey(0.8, 50, 0.1)).toBeCloseTo(0.72);
    expect(rankKey(0.8, 500, 0.1)).toBeCloseTo(0.72);
    expect(rankKey(0.8, 50, 0)).toBe(0.8);
  });
  it("lets a slightly weaker, rarely shown candidate pass one shown all week", () => {
    const fit = (score: number) => ({ score, components: {} as never, reasons: [], unmet: [] });
    const ranked = rankCandidates(
      [
        { id: "often", fit: fit(0.8), shownLastWeek: 60 },
        { id: "rarely", fit: fit(0.76), shownLastWeek: 0 },
      ],
      0.1,
    );
    expect(ranked.map((r) => r.id)).toEqual(["rarely", "often"]);
  });
});
