// Reading elections: the public list and rules page, and the commission's views.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { electionStanding, type ElectionStanding } from "@/lib/elections/standing";

const listSelect = {
  id: true,
  slug: true,
  title: true,
  councilName: true,
  status: true,
  seats: true,
  nominationsStartAt: true,
  nominationsEndAt: true,
  checkEndsAt: true,
  votingStartAt: true,
  votingEndAt: true,
  resultsBy: true,
  result: true,
  institution: { select: { name: true, officeName: true, slug: true } },
} satisfies Prisma.ElectionSelect;

export type ElectionListItem = Prisma.ElectionGetPayload<{ select: typeof listSelect }> & { phase: ElectionStanding };

/** Published elections (never drafts), the latest voting first. */
export async function listPublicElections(now = new Date()): Promise<ElectionListItem[]> {
  const elections = await db().election.findMany({
    where: { status: { not: "DRAFT" } },
    select: listSelect,
    orderBy: [{ votingEndAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  return elections.map((election) => ({
    ...election,
    phase: electionStanding(electionPhaseAt(election, now), election.result),
  }));
}

/**
 * Published elections whose results are not out yet (the home page's block),
 * voting ending soonest first: a few rows off the (status, votingEndAt) index.
 */
export async function listElectionsInProgress(limit: number, now = new Date()) {
  const elections = await db().election.findMany({
    where: { status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      title: true,
      councilName: true,
      status: true,
      nominationsStartAt: true,
      nominationsEndAt: true,
      checkEndsAt: true,
      votingStartAt: true,
      votingEndAt: true,
      resultsBy: true,
    },
    orderBy: [{ votingEndAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  return elections.map((election) => ({ ...election, phase: electionPhaseAt(election, now) }));
}
export type ElectionInProgress = Awaited<ReturnType<typeof listElectionsInProgress>>[number];

export async function listInstitutionElections(institutionId: string, now = new Date()): Promise<ElectionListItem[]> {
  const elections = await db().election.findMany({
    where: { institutionId },
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return elections.map((election) => ({
    ...election,
    phase: electionStanding(electionPhaseAt(election, now), election.result),
  }));
}

export async function getElectionBySlug(slug: string) {
  return db().election.findUnique({
    where: { slug },
    include: {
      institution: {
        select: {
          id: true,
          name: true,
          officeName: true,
          slug: true,
          territoryCode: true,
          territory: { select: { name: true } },
        },
      },
      areas: { orderBy: { position: "asc" } },
      furtherRoundOf: { select: { title: true, slug: true } },
      furtherRound: { select: { id: true, title: true, slug: true, status: true } },
    },
  });
}
export type ElectionRecord = NonNullable<Awaited<ReturnType<typeof getElectionBySlug>>>;

/** Names of the territories the areas are made of, by code. */
export async function territoryNames(codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const territories = await db().territory.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true },
  });
  return new Map(territories.map((territory) => [territory.code, territory.name]));
}

/** The units an area may be made of: the powiats of a voivodeship, the gminas of a powiat. */
export async function areaTerritoryOptions(territoryCode: string): Promise<{ code: string; name: string }[]> {
  const childLength = territoryCode.length === 2 ? 4 : territoryCode.length === 4 ? 7 : 0;
  if (childLength === 0) return [];
  const units = await db().territory.findMany({
    where: { code: { startsWith: territoryCode } },
    select: { code: true, name: true },
    orderBy: { code: "asc" },
  });
  return units.filter((unit) => unit.code.length === childLength);
}

/** The institution that organises the election, looked up on the server: the scope of its commission's actions. */
export async function electionOrganiser(input: { electionId: string }) {
  const election = await db().election.findUnique({ where: { id: input.electionId }, select: { institutionId: true } });
  return election ? { institutionId: election.institutionId } : null;
}

/** The institution that runs the election a nomination belongs to. */
export async function nominationCommission(input: { nominationId: string }) {
  const nomination = await db().nomination.findUnique({
    where: { id: input.nominationId },
    select: { election: { select: { institutionId: true } } },
  });
  return nomination ? { institutionId: nomination.election.institutionId } : null;
}
