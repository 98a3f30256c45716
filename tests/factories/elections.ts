// Elections for tests: Opole-city-like rules (3 votes, 9 seats), nominations
// opening tomorrow, each phase a few days long, unless the test says otherwise.
import type { ElectionFields } from "@/lib/elections/schemas";

const DAY = 24 * 3600 * 1000;

export function electionFields(overrides: Partial<ElectionFields> = {}): ElectionFields {
  const start = overrides.nominationsStartAt ?? new Date(Date.now() + DAY);
  const after = (days: number) => new Date(start.getTime() + days * DAY);
  return {
    title: "Wybory do Rady Działalności Pożytku Publicznego",
    councilName: "Rada Działalności Pożytku Publicznego",
    description: "Organizacje zgłaszają kandydatów, a następnie głosują: każda organizacja oddaje jeden głos.",
    legalBasis: null,
    seats: 9,
    areas: [],
    votesPerBallot: 3,
    fullBallotRequired: false,
    nominationsPerOrganisation: 1,
    recommendationsRequired: 0,
    requireVerified: true,
    territoryRule: "SEAT",
    registeredBefore: null,
    excludeInLiquidation: true,
    candidateOrder: "ALPHABETICAL",
    tieRule: "DRAW",
    nominationsStartAt: start,
    nominationsEndAt: after(14),
    checkEndsAt: after(21),
    votingStartAt: after(24),
    votingEndAt: after(28),
    resultsBy: after(30),
    ...overrides,
  };
}
