// An election's stored rules as the form's values (dates in Polish local
// time, the cut-off day as YYYY-MM-DD), and the values a new election starts with.
import type { ElectionFieldsInput } from "@/lib/elections/schemas";
import type { ElectionRecord } from "@/lib/elections/queries";
import { dateToPolishLocal, polishMorning } from "@/lib/time/polish-local";

const morning = (days: number, now: Date) => dateToPolishLocal(polishMorning(days, now));

export function newElectionValues(institution: { name: string }, now = new Date()): ElectionFieldsInput {
  return {
    title: "",
    councilName: `Rada Działalności Pożytku Publicznego – ${institution.name}`,
    description: "",
    legalBasis: "",
    seats: 9,
    areas: [],
    votesPerBallot: 3,
    fullBallotRequired: false,
    nominationsPerOrganisation: 1,
    recommendationsRequired: 0,
    requireVerified: true,
    territoryRule: "SEAT",
    registeredBefore: "",
    excludeInLiquidation: true,
    candidateOrder: "ALPHABETICAL",
    tieRule: "DRAW",
    nominationsStartAt: morning(7, now),
    nominationsEndAt: morning(21, now),
    checkEndsAt: morning(28, now),
    votingStartAt: morning(31, now),
    votingEndAt: morning(38, now),
    resultsBy: morning(40, now),
  };
}

export function electionFormValues(election: ElectionRecord): ElectionFieldsInput {
  return {
    title: election.title,
    councilName: election.councilName,
    description: election.description,
    legalBasis: election.legalBasis ?? "",
    seats: election.seats,
    areas: election.areas.map((area) => ({ name: area.name, seats: area.seats, territoryCodes: area.territoryCodes })),
    votesPerBallot: election.votesPerBallot,
    fullBallotRequired: election.fullBallotRequired,
    nominationsPerOrganisation: election.nominationsPerOrganisation,
    recommendationsRequired: election.recommendationsRequired,
    requireVerified: election.requireVerified,
    territoryRule: election.territoryRule,
    registeredBefore: election.registeredBefore ? election.registeredBefore.toISOString().slice(0, 10) : "",
    excludeInLiquidation: election.excludeInLiquidation,
    candidateOrder: election.candidateOrder,
    tieRule: election.tieRule,
    nominationsStartAt: dateToPolishLocal(election.nominationsStartAt),
    nominationsEndAt: dateToPolishLocal(election.nominationsEndAt),
    checkEndsAt: dateToPolishLocal(election.checkEndsAt),
    votingStartAt: dateToPolishLocal(election.votingStartAt),
    votingEndAt: dateToPolishLocal(election.votingEndAt),
    resultsBy: dateToPolishLocal(election.resultsBy),
  };
}
