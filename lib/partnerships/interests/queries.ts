// What the request page's interest section and the author's interests page
// show. Contacts appear only through contacts.ts (accepted interests only).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { PartnerInterestStatus } from "@/lib/generated/prisma/enums";
import { revealedContacts } from "@/lib/partnerships/interests/contacts";
import { mayActFor, partiesOfActor, partyChoice, partyOf, sameParty, type Party } from "@/lib/partnerships/party";
import { partyVerified } from "@/lib/partnerships/interests/party-action";
import {
  byFit,
  interestRefusal,
  requestClosedBecause,
  type InterestRefusal,
  type RequestFacts,
} from "@/lib/partnerships/interests/policy";

export const interestStatuses: PartnerInterestStatus[] = [
  "SUBMITTED",
  "SHORTLISTED",
  "ACCEPTED",
  "DECLINED",
  "WITHDRAWN",
];

export interface PartyName {
  kind: Party["kind"];
  id: string;
  name: string;
  slug: string;
}

/** The names and page addresses of the sides, by "kind:id". */
export async function partyNames(parties: Party[]): Promise<Map<string, PartyName>> {
  const ids = (kind: Party["kind"]) => parties.filter((p) => p.kind === kind).map((p) => p.id);
  const [organisations, institutions] = await Promise.all([
    db().organisation.findMany({
      where: { id: { in: ids("organisation") } },
      select: { id: true, name: true, slug: true },
    }),
    db().institution.findMany({
      where: { id: { in: ids("institution") } },
      select: { id: true, name: true, officeName: true, slug: true },
    }),
  ]);
  const named = new Map<string, PartyName>();
  for (const o of organisations) named.set(`organisation:${o.id}`, { kind: "organisation", ...o });
  for (const i of institutions)
    named.set(`institution:${i.id}`, { kind: "institution", id: i.id, slug: i.slug, name: i.officeName ?? i.name });
  return named;
}

const nameOf = (names: Map<string, PartyName>, party: Party): PartyName =>
  names.get(partyChoice(party)) ?? { ...party, name: "", slug: "" };

/** What the section needs of the request (the request page has it loaded). */
export type SectionRequest = RequestFacts & { id: string; slug: string };

export type InterestSectionView =
  | { kind: "visitor"; slug: string; open: boolean }
  | { kind: "author"; slug: string; counts: Record<PartnerInterestStatus, number> }
  | {
      kind: "sender";
      requestId: string;
      needs: { competences: string[]; resources: string[] };
      closedBecause: "notOpen" | "repliesClosed" | null;
      sides: {
        choice: string;
        name: string;
        interest: {
          id: string;
          status: PartnerInterestStatus;
          coveredNeeds: string[];
          decisionNote: string | null;
        } | null;
        refusal: InterestRefusal | null;
      }[];
    }
  | { kind: "none"; open: boolean };

/**
 * The request page's interest section for this reader: a visitor is asked to
 * sign in; the author's people see the counts and the way to the interests;
 * people who act for other organisations (and offices, where the request
 * welcomes local government) see, per side, its interest or the form, or why not.
 */
export async function interestSectionView(
  request: SectionRequest,
  viewer: Actor | null,
  now = new Date(),
): Promise<InterestSectionView> {
  const open = requestClosedBecause(request, now) === null;
  if (!viewer) return { kind: "visitor", slug: request.slug, open };
  const author = partyOf(request);
  if (author && mayActFor(viewer, author)) {
    const grouped = await db().partnerInterest.groupBy({
      by: ["status"],
      where: { requestId: request.id },
      _count: { _all: true },
    });
    const counts = Object.fromEntries(interestStatuses.map((s) => [s, 0])) as Record<PartnerInterestStatus, number>;
    for (const row of grouped) counts[row.status] = row._count._all;
    return { kind: "author", slug: request.slug, counts };
  }
  const parties = partiesOfActor(viewer).filter(
    (party) => party.kind === "organisation" || request.welcomesLocalGovernment,
  );
  if (parties.length === 0) return { kind: "none", open };
  const [names, interests, verified] = await Promise.all([
    partyNames(parties),
    db().partnerInterest.findMany({
      where: {
        requestId: request.id,
        OR: [
          { organisationId: { in: parties.filter((p) => p.kind === "organisation").map((p) => p.id) } },
          { institutionId: { in: parties.filter((p) => p.kind === "institution").map((p) => p.id) } },
        ],
      },
      select: {
        id: true,
        status: true,
        coveredNeeds: true,
        decisionNote: true,
        organisationId: true,
        institutionId: true,
      },
    }),
    Promise.all(parties.map(partyVerified)),
  ]);
  return {
    kind: "sender",
    requestId: request.id,
    needs: { competences: request.neededCompetences, resources: request.neededResources },
    closedBecause: requestClosedBecause(request, now),
    sides: parties.map((party, index) => {
      const interest = interests.find((i) => sameParty(partyOf(i), party));
      return {
        choice: partyChoice(party),
        name: nameOf(names, party).name,
        interest: interest
          ? {
              id: interest.id,
              status: interest.status,
              coveredNeeds: interest.coveredNeeds,
              decisionNote: interest.decisionNote,
            }
          : null,
        refusal: interest ? null : interestRefusal(request, party, verified[index]!, now),
      };
    }),
  };
}

/**
 * The author's interests page: the request and its interests grouped by
 * status, each group by fit (lib/partnerships/interests/policy.ts byFit).
 * Null when there is no such request or the reader does not act for its author.
 */
export async function requestInterestsView(slug: string, viewer: Actor) {
  const request = await db().partnerRequest.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      maxPartners: true,
      acceptedCount: true,
      neededCompetences: true,
      neededResources: true,
      organisationId: true,
      institutionId: true,
    },
  });
  const author = request && partyOf(request);
  if (!request || !author || !mayActFor(viewer, author)) return null;
  const rows = await db().partnerInterest.findMany({
    where: { requestId: request.id },
    select: {
      id: true,
      status: true,
      message: true,
      coveredNeeds: true,
      fitScore: true,
      decisionNote: true,
      createdAt: true,
      authorId: true,
      organisationId: true,
      institutionId: true,
      partnership: { select: { id: true, status: true } },
    },
  });
  const names = await partyNames(rows.map((row) => partyOf(row)!));
  const interests = await Promise.all(
    rows.sort(byFit).map(async ({ authorId, organisationId, institutionId, ...row }) => {
      const party = partyOf({ organisationId, institutionId })!;
      return { ...row, party: nameOf(names, party), contacts: await revealedContacts(row, party, authorId) };
    }),
  );
  return {
    request,
    author,
    groups: interestStatuses
      .map((status) => ({ status, interests: interests.filter((i) => i.status === status) }))
      .filter((group) => group.interests.length > 0),
  };
}
export type RequestInterestsView = NonNullable<Awaited<ReturnType<typeof requestInterestsView>>>;
