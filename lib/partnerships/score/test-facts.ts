// Facts for the score's tests: a request and a candidate that meet nothing in
// particular, which each test changes only where it matters.
import type { CandidateFacts, RequestFacts } from "@/lib/partnerships/score/types";

export const NYSA = { territoryCode: "1607053", latitude: 50.45762, longitude: 17.35531 };
export const OPOLE = { territoryCode: "1661011", latitude: 50.679, longitude: 17.91767 };
export const KORFANTOW = { territoryCode: "1607033", latitude: 50.48016, longitude: 17.59937 };

export function requestFacts(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    sphereIds: [],
    seat: NYSA,
    radiusKm: null,
    territoryCodes: [],
    neededCompetences: [],
    neededResources: [],
    offeredCompetences: [],
    offeredResources: [],
    partnerLegalForms: [],
    requiresPublicBenefit: false,
    ...overrides,
  };
}

export function candidateFacts(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    sphereIds: [],
    seat: OPOLE,
    legalForm: "ASSOCIATION",
    hasPublicBenefitStatus: false,
    verified: true,
    offeredCompetences: [],
    offeredResources: [],
    neededCompetences: [],
    neededResources: [],
    pastProjects: 0,
    lastProjectYear: null,
    completedPartnerships: 0,
    wouldAgain: 0,
    lastActiveAt: null,
    ...overrides,
  };
}
