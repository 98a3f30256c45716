import { defaultWeights, scoreFit } from "@/lib/partnerships/score/combine";
import { explainFit, fitLevel } from "@/lib/partnerships/score/explain";
import { candidateFacts, NYSA, OPOLE, requestFacts } from "@/lib/partnerships/score/test-facts";

const now = new Date("2026-12-06T12:00:00Z");
const names = new Map([["social", "pomocy społecznej"]]);
const namesEn = new Map([["social", "social assistance"]]);

describe("the explanation", () => {
  const request = requestFacts({
    sphereIds: ["social", "culture"],
    neededResources: ["EVENT_HALL"],
    neededCompetences: ["FUNDRAISING"],
    requiresPublicBenefit: true,
  });
  const candidate = candidateFacts({ sphereIds: ["social"], seat: OPOLE, offeredResources: ["EVENT_HALL"] });
  const fit = scoreFit(request, candidate, defaultWeights, now);

  it("says why in English, from the reason codes, and what is not met", () => {
    const text = explainFit(fit, "en", "author", namesEn);
    expect(text.why).toMatch(
      /^Offers what you need: hall for events; also works in: social assistance; seat \d+ km away\.$/i,
    );
    expect(text.notMet).toBe("Not met: does not offer: fundraising; public-benefit status.");
    expect(text.percent).toBe(Math.round(fit.score * 100));
  });

  it("says it in Polish with the sphere's statutory name", () => {
    const text = explainFit(fit, "pl", "author", names);
    expect(text.why).toContain("działa także w zakresie: pomocy społecznej");
    expect(text.why).toMatch(/^Oferuje to, czego potrzebujesz: /);
    expect(text.notMet).toContain("status organizacji pożytku publicznego");
  });

  it("speaks to the candidate from its side", () => {
    const text = explainFit(fit, "de", "candidate", new Map([["social", "Sozialhilfe"]]));
    expect(text.why).toMatch(/^Sie bieten, was sie braucht: /);
    expect(text.notMet).toContain("Sie bieten nicht:");
  });

  it("names the radius once when the seat is beyond it", () => {
    const far = scoreFit(requestFacts({ radiusKm: 10 }), candidateFacts({ seat: OPOLE }), defaultWeights, now);
    const text = explainFit(far, "en", "author", namesEn);
    expect(text.why).not.toContain("km away");
    expect(text.notMet).toMatch(/^Not met: seat \d+ km away, beyond the 10 km sought\.$/);
  });

  it("says the same gmina and plural track record in every language", () => {
    const near = scoreFit(requestFacts(), candidateFacts({ seat: NYSA, pastProjects: 3 }), defaultWeights, now);
    expect(explainFit(near, "pl", "author", names).why).toBe(
      "Siedziba w tej samej gminie; 3 wcześniejsze projekty z partnerami.",
    );
    expect(explainFit(near, "en", "author", names).why).toBe("Seat in the same gmina; 3 past projects with partners.");
    expect(explainFit(near, "de", "author", names).why).toBe(
      "Sitz in derselben Gemeinde; 3 frühere Projekte mit Partnern.",
    );
  });

  it("has a level in words for every score", () => {
    expect([0.9, 0.6, 0.35, 0.1].map(fitLevel)).toEqual(["excellent", "good", "fair", "weak"]);
    expect(explainFit({ score: 0.9, reasons: [], unmet: [] }, "pl", "author", names)).toMatchObject({
      level: "bardzo dobre",
      why: "Nic szczególnego poza otwartością na partnerstwa.",
      notMet: null,
    });
  });
});
