// The rules of expressing interest in a request, as pure functions of what
// the mutations read under lock (and what the section shows before anyone
// clicks): who may send one, until when, for which needs.
import type {
  PartnerInterestStatus,
  PartnerRequestStatus,
  PartnerRequestVisibility,
} from "@/lib/generated/prisma/enums";
import { sameParty, type Party } from "@/lib/partnerships/party";
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";

export type InterestRefusal =
  | "unverified"
  | "ownRequest"
  | "notOpen"
  | "repliesClosed"
  | "officesNotWelcome"
  | "alreadySent"
  | "dailyLimit"
  | "needsNotInRequest"
  | "full";

export interface RequestFacts {
  status: PartnerRequestStatus;
  visibility: PartnerRequestVisibility;
  /** The last day taking interest (a date, inclusive, in Polish time). */
  repliesCloseOn: Date;
  welcomesLocalGovernment: boolean;
  organisationId: string | null;
  institutionId: string | null;
  neededCompetences: string[];
  neededResources: string[];
}

/** Today's date in Poland, "YYYY-MM-DD". */
export const polishToday = (now: Date) => dateToPolishLocal(now).slice(0, 10);

/** Midnight starting today in Poland: the daily limit counts from it. */
export const startOfPolishDay = (now: Date) => polishLocalToDate(`${polishToday(now)}T00:00`)!;

/** Whether the request still takes interest today (open, public, its reply date not passed). */
export function takesInterest(request: Pick<RequestFacts, "status" | "visibility" | "repliesCloseOn">, now: Date) {
  return requestClosedBecause(request, now) === null;
}

export function requestClosedBecause(
  request: Pick<RequestFacts, "status" | "visibility" | "repliesCloseOn">,
  now: Date,
): "notOpen" | "repliesClosed" | null {
  if (request.status !== "OPEN" || request.visibility !== "PUBLISHED") return "notOpen";
  // A @db.Date comes back as midnight UTC of that day.
  if (request.repliesCloseOn.toISOString().slice(0, 10) < polishToday(now)) return "repliesClosed";
  return null;
}

/** Why this side may not send interest in the request (before the per-day and one-per-request counts). */
export function interestRefusal(
  request: RequestFacts,
  party: Party,
  partyVerified: boolean,
  now: Date,
): InterestRefusal | null {
  if (party.kind === "organisation" && !partyVerified) return "unverified";
  const author: Party | null = request.organisationId
    ? { kind: "organisation", id: request.organisationId }
    : request.institutionId
      ? { kind: "institution", id: request.institutionId }
      : null;
  if (sameParty(author, party)) return "ownRequest";
  const closed = requestClosedBecause(request, now);
  if (closed) return closed;
  if (party.kind === "institution" && !request.welcomesLocalGovernment) return "officesNotWelcome";
  return null;
}

/** The request's needs: the codes an interest may say it covers. */
export const requestNeeds = (request: Pick<RequestFacts, "neededCompetences" | "neededResources">) => [
  ...request.neededCompetences,
  ...request.neededResources,
];

/** Whether every covered need is one the request lists. */
export const coversOnlyRequestNeeds = (request: RequestFacts, covered: readonly string[]) =>
  covered.every((code) => requestNeeds(request).includes(code));

/** An interest still waiting for the author's decision (and so still withdrawable and declinable). */
export const isUndecided = (status: PartnerInterestStatus) => status === "SUBMITTED" || status === "SHORTLISTED";

/**
 * The author's list order: fit score (highest first, interests without one
 * last), then how many of the request's needs it covers, then the oldest first.
 */
export function byFit<T extends { fitScore: number | null; coveredNeeds: readonly string[]; createdAt: Date }>(
  a: T,
  b: T,
) {
  if (a.fitScore !== b.fitScore) {
    if (a.fitScore === null) return 1;
    if (b.fitScore === null) return -1;
    return b.fitScore - a.fitScore;
  }
  if (a.coveredNeeds.length !== b.coveredNeeds.length) return b.coveredNeeds.length - a.coveredNeeds.length;
  return a.createdAt.getTime() - b.createdAt.getTime();
}
