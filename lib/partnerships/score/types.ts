// What the fit score is computed from and what it returns. Each component is a
// pure function of these facts (no database), so it is tested alone and the
// same code ranks a request's candidates, an organisation's "for you" list and
// an interest's fit when it is sent.
import type { LegalForm } from "@/lib/generated/prisma/enums";

/** Where a party sits: a TERYT code and the centroid of its gmina (or the mean of a powiat's or region's gminas). */
export interface Seat {
  territoryCode: string;
  latitude: number;
  longitude: number;
}

/** The request as the score sees it. */
export interface RequestFacts {
  sphereIds: readonly string[];
  /** The author's seat; null when its territory has no centroid. */
  seat: Seat | null;
  radiusKm: number | null;
  /** Gminas or powiats where partners are sought (empty: anywhere, or the radius). */
  territoryCodes: readonly string[];
  neededCompetences: readonly string[];
  neededResources: readonly string[];
  offeredCompetences: readonly string[];
  offeredResources: readonly string[];
  /** Legal forms sought (empty: any). */
  partnerLegalForms: readonly LegalForm[];
  requiresPublicBenefit: boolean;
}

/** A candidate partner: an organisation, or an office (legalForm null) answering a request that welcomes local government. */
export interface CandidateFacts {
  sphereIds: readonly string[];
  seat: Seat | null;
  legalForm: LegalForm | null;
  hasPublicBenefitStatus: boolean;
  verified: boolean;
  offeredCompetences: readonly string[];
  offeredResources: readonly string[];
  neededCompetences: readonly string[];
  neededResources: readonly string[];
  pastProjects: number;
  /** The last year of its latest past project, if any. */
  lastProjectYear: number | null;
  completedPartnerships: number;
  /** Of those, how many the other side would repeat. */
  wouldAgain: number;
  /** When it last changed its profile or partnership profile (a cheap sign of activity). */
  lastActiveAt: Date | null;
}

/** Why a candidate fits, with the values the explanation names. */
export type Reason =
  | { code: "sharedSpheres"; sphereIds: string[] }
  | { code: "sameGmina" }
  | { code: "samePowiat"; km: number }
  | { code: "distance"; km: number }
  | { code: "coversNeeds"; competences: string[]; resources: string[] }
  | { code: "publicBenefit" }
  | { code: "pastProjects"; count: number }
  | { code: "completedPartnerships"; count: number; wouldAgain: number }
  | { code: "recentlyActive" }
  | { code: "needsWhatYouOffer"; competences: string[]; resources: string[] };

/**
 * A requirement the candidate does not meet. Hard ones (place, legal form,
 * public-benefit status) lower the whole score strongly; soft ones are only said.
 */
export type Unmet =
  | { code: "outsideRadius"; km: number; radiusKm: number; hard: true }
  | { code: "outsideTerritory"; hard: true }
  | { code: "legalForm"; legalForm: LegalForm | null; hard: true }
  | { code: "publicBenefit"; hard: true }
  | { code: "notVerified"; hard: false }
  | { code: "needsNotCovered"; competences: string[]; resources: string[]; hard: false };

export interface ComponentResult {
  /** In [0, 1]. */
  value: number;
  reasons: Reason[];
  unmet: Unmet[];
}

export const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** The codes of `wanted` that `held` has, in `wanted`'s order. */
export function shared(wanted: readonly string[], held: readonly string[]): string[] {
  const set = new Set(held);
  return wanted.filter((code) => set.has(code));
}
