// Elections for tests: Opole-city-like rules (3 votes, 9 seats), nominations
// opening tomorrow, each phase a few days long, unless the test says otherwise.
import { electionFieldsWith, type ElectionFields } from "@/lib/elections/schemas";

const DAY = 24 * 3600 * 1000;

export function electionFields(overrides: Partial<ElectionFields> = {}): ElectionFields {
  const start = overrides.nominationsStartAt ?? new Date(Date.now() + DAY);
  const after = (days: number) => new Date(start.getTime() + days * DAY);
  return electionFieldsWith({
    title: "Wybory do Rady Działalności Pożytku Publicznego",
    councilName: "Rada Działalności Pożytku Publicznego",
    description: "Organizacje zgłaszają kandydatów, a następnie głosują: każda organizacja oddaje jeden głos.",
    seats: 9,
    votesPerBallot: 3,
    nominationsStartAt: start,
    nominationsEndAt: after(14),
    checkEndsAt: after(21),
    votingStartAt: after(24),
    votingEndAt: after(28),
    resultsBy: after(30),
    ...overrides,
  });
}
