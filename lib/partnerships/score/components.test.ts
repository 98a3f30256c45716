import { complementarityScore } from "@/lib/partnerships/score/complementarity";
import { distanceScore, haversineKm } from "@/lib/partnerships/score/distance";
import { eligibilityScore } from "@/lib/partnerships/score/eligibility";
import { reciprocityScore } from "@/lib/partnerships/score/reciprocity";
import { sphereScore } from "@/lib/partnerships/score/spheres";
import { trackRecordScore } from "@/lib/partnerships/score/track-record";
import { candidateFacts, KORFANTOW, NYSA, OPOLE, requestFacts } from "@/lib/partnerships/score/test-facts";

const now = new Date("2026-12-06T12:00:00Z");

describe("sphere overlap", () => {
  it("is the share of the request's spheres the candidate shares, naming them", () => {
    const result = sphereScore(
      requestFacts({ sphereIds: ["a", "b", "c", "d"] }),
      candidateFacts({ sphereIds: ["b", "d", "x"] }),
    );
    expect(result.value).toBe(0.5);
    expect(result.reasons).toEqual([{ code: "sharedSpheres", sphereIds: ["b", "d"] }]);
  });
  it("is the same middle value for everyone when the request names no sphere", () => {
    expect(sphereScore(requestFacts(), candidateFacts({ sphereIds: ["a"] })).value).toBe(0.5);
    expect(sphereScore(requestFacts(), candidateFacts()).value).toBe(0.5);
  });
  it("is zero without a shared sphere, with no reason", () => {
    expect(sphereScore(requestFacts({ sphereIds: ["a"] }), candidateFacts({ sphereIds: ["b"] }))).toEqual({
      value: 0,
      reasons: [],
      unmet: [],
    });
  });
});

describe("distance", () => {
  it("measures Nysa–Opole at about 44 km", () => {
    expect(Math.round(haversineKm(NYSA, OPOLE))).toBeGreaterThan(40);
    expect(Math.round(haversineKm(NYSA, OPOLE))).toBeLessThan(48);
  });
  it("scores the same gmina fully and names it", () => {
    expect(distanceScore(requestFacts(), candidateFacts({ seat: NYSA }))).toEqual({
      value: 1,
      reasons: [{ code: "sameGmina" }],
      unmet: [],
    });
  });
  it("gives the same powiat a bonus over the bare distance", () => {
    const result = distanceScore(requestFacts(), candidateFacts({ seat: KORFANTOW }));
    expect(result.value).toBeGreaterThanOrEqual(0.85);
    expect(result.reasons[0]).toMatchObject({ code: "samePowiat" });
  });
  it("falls with the kilometres", () => {
    const opole = distanceScore(requestFacts(), candidateFacts({ seat: OPOLE }));
    expect(opole.reasons).toEqual([{ code: "distance", km: expect.any(Number) }]);
    expect(opole.value).toBeLessThan(0.85);
    expect(opole.value).toBeGreaterThan(0.5);
  });
  it("names a seat beyond the radius as a hard unmet requirement with value zero", () => {
    const result = distanceScore(requestFacts({ radiusKm: 20 }), candidateFacts({ seat: OPOLE }));
    expect(result.value).toBe(0);
    expect(result.unmet).toEqual([{ code: "outsideRadius", km: expect.any(Number), radiusKm: 20, hard: true }]);
  });
  it("names a seat outside the request's territories (a powiat covers its gminas)", () => {
    expect(
      distanceScore(requestFacts({ territoryCodes: ["1607"] }), candidateFacts({ seat: KORFANTOW })).unmet,
    ).toEqual([]);
    expect(distanceScore(requestFacts({ territoryCodes: ["1607"] }), candidateFacts({ seat: OPOLE })).unmet).toEqual([
      { code: "outsideTerritory", hard: true },
    ]);
  });
  it("is a middle value when a centroid is unknown", () => {
    expect(distanceScore(requestFacts({ seat: null }), candidateFacts()).value).toBe(0.5);
  });
});

describe("complementarity", () => {
  const request = requestFacts({
    neededCompetences: ["FUNDRAISING", "LEGAL_ADVICE"],
    neededResources: ["EVENT_HALL", "KITCHEN"],
  });
  it("is the share of needs the candidate offers, naming those covered and those not", () => {
    const result = complementarityScore(
      request,
      candidateFacts({ offeredCompetences: ["LEGAL_ADVICE", "ECOLOGY"], offeredResources: ["EVENT_HALL"] }),
    );
    expect(result.value).toBe(0.5);
    expect(result.reasons).toEqual([{ code: "coversNeeds", competences: ["LEGAL_ADVICE"], resources: ["EVENT_HALL"] }]);
    expect(result.unmet).toEqual([
      { code: "needsNotCovered", competences: ["FUNDRAISING"], resources: ["KITCHEN"], hard: false },
    ]);
  });
  it("counts what the candidate offers, not what it needs too (complementarity, not similarity)", () => {
    expect(
      complementarityScore(request, candidateFacts({ neededCompetences: ["FUNDRAISING", "LEGAL_ADVICE"] })).value,
    ).toBe(0);
  });
  it("is the same middle value for all when the request needs nothing in particular", () => {
    expect(complementarityScore(requestFacts(), candidateFacts({ offeredResources: ["KITCHEN"] })).value).toBe(0.5);
  });
});

describe("eligibility", () => {
  it("names a wrong legal form and a missing public-benefit status as hard requirements", () => {
    const result = eligibilityScore(
      requestFacts({ partnerLegalForms: ["FOUNDATION"], requiresPublicBenefit: true }),
      candidateFacts({ legalForm: "ASSOCIATION", hasPublicBenefitStatus: false }),
    );
    expect(result.unmet).toEqual([
      { code: "legalForm", legalForm: "ASSOCIATION", hard: true },
      { code: "publicBenefit", hard: true },
    ]);
  });
  it("names public-benefit status as a reason when it is required and held", () => {
    const result = eligibilityScore(
      requestFacts({ requiresPublicBenefit: true }),
      candidateFacts({ hasPublicBenefitStatus: true }),
    );
    expect(result).toEqual({ value: 1, reasons: [{ code: "publicBenefit" }], unmet: [] });
  });
  it("lowers an unverified organisation a little and says so, softly", () => {
    const result = eligibilityScore(requestFacts(), candidateFacts({ verified: false }));
    expect(result.value).toBeLessThan(1);
    expect(result.unmet).toEqual([{ code: "notVerified", hard: false }]);
  });
  it("does not apply legal forms to an office", () => {
    expect(
      eligibilityScore(
        requestFacts({ partnerLegalForms: ["FOUNDATION"], requiresPublicBenefit: true }),
        candidateFacts({ legalForm: null }),
      ).unmet,
    ).toEqual([]);
  });
});

describe("track record", () => {
  it("is zero with nothing to show", () => {
    expect(trackRecordScore(candidateFacts(), now)).toEqual({ value: 0, reasons: [], unmet: [] });
  });
  it("grows with past projects, their recency, completed partnerships and recent activity", () => {
    const some = trackRecordScore(candidateFacts({ pastProjects: 2, lastProjectYear: 2015 }), now).value;
    const recent = trackRecordScore(candidateFacts({ pastProjects: 2, lastProjectYear: 2025 }), now).value;
    const completed = trackRecordScore(
      candidateFacts({ pastProjects: 2, lastProjectYear: 2025, completedPartnerships: 2, wouldAgain: 2 }),
      now,
    );
    const active = trackRecordScore(
      candidateFacts({
        pastProjects: 2,
        lastProjectYear: 2025,
        completedPartnerships: 2,
        wouldAgain: 2,
        lastActiveAt: new Date("2026-11-01"),
      }),
      now,
    );
    expect(some).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(some);
    expect(completed.value).toBeGreaterThan(recent);
    expect(active.value).toBeGreaterThan(completed.value);
    expect(active.value).toBeLessThanOrEqual(1);
    expect(active.reasons.map((r) => r.code)).toEqual(["pastProjects", "completedPartnerships", "recentlyActive"]);
  });
});

describe("reciprocity", () => {
  it("scores a candidate that needs what the author offers, naming it", () => {
    const result = reciprocityScore(
      requestFacts({ offeredResources: ["MINIBUS"] }),
      candidateFacts({ neededResources: ["MINIBUS", "KITCHEN"] }),
    );
    expect(result).toEqual({
      value: 1,
      reasons: [{ code: "needsWhatYouOffer", competences: [], resources: ["MINIBUS"] }],
      unmet: [],
    });
  });
  it("is zero when the author offers nothing the candidate needs", () => {
    expect(
      reciprocityScore(
        requestFacts({ offeredResources: ["MINIBUS"] }),
        candidateFacts({ neededResources: ["KITCHEN"] }),
      ).value,
    ).toBe(0);
    expect(reciprocityScore(requestFacts(), candidateFacts({ neededResources: ["KITCHEN"] })).value).toBe(0);
  });
});
