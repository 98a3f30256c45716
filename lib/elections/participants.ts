// Which organisations may take part in an election, and what the platform
// knows of them: the election's rules (lib/elections/eligibility.ts) applied
// to organisations loaded from the database.
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import {
  ineligibility,
  type EligibilityRules,
  type IneligibilityReason,
  type OrganisationFacts,
} from "@/lib/elections/eligibility";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export type ElectionRulesSource = {
  requireVerified: boolean;
  territoryRule: EligibilityRules["territoryRule"];
  registeredBefore: Date | null;
  excludeInLiquidation: boolean;
  institution: { territoryCode: string };
};

export function eligibilityRulesOf(election: ElectionRulesSource): EligibilityRules {
  return {
    territoryCode: election.institution.territoryCode,
    requireVerified: election.requireVerified,
    territoryRule: election.territoryRule,
    registeredBefore: election.registeredBefore,
    excludeInLiquidation: election.excludeInLiquidation,
  };
}

const factsSelect = {
  id: true,
  name: true,
  verifiedAt: true,
  seatTerritoryCode: true,
  registeredOn: true,
  inLiquidation: true,
  territories: { select: { territoryCode: true } },
} satisfies Prisma.OrganisationSelect;

function factsOf(organisation: Prisma.OrganisationGetPayload<{ select: typeof factsSelect }>): OrganisationFacts {
  return {
    ...organisation,
    activityTerritoryCodes: organisation.territories.map((territory) => territory.territoryCode),
  };
}

/** Each organisation with the reasons it may not take part (none when it may). */
export async function eligibilityOf(
  client: Client,
  election: ElectionRulesSource,
  organisationIds: string[],
): Promise<Map<string, { name: string; reasons: IneligibilityReason[] }>> {
  if (organisationIds.length === 0) return new Map();
  const rules = eligibilityRulesOf(election);
  const organisations = await client.organisation.findMany({
    where: { id: { in: organisationIds } },
    select: factsSelect,
  });
  return new Map(
    organisations.map((organisation) => [
      organisation.id,
      { name: organisation.name, reasons: ineligibility(rules, factsOf(organisation)) },
    ]),
  );
}

/** The organisations the person acts for, with whether each may take part and why not. */
export async function ownOrganisationsFor(
  actor: Actor,
  election: ElectionRulesSource,
): Promise<{ id: string; name: string; reasons: IneligibilityReason[] }[]> {
  const ids = actor.organisations
    .map((membership) => membership.organisationId)
    .filter((organisationId) => can(actor, "organisation.actFor", { organisationId }));
  const eligibility = await eligibilityOf(db(), election, ids);
  return [...eligibility.entries()]
    .map(([id, value]) => ({ id, ...value }))
    .sort((a, b) => a.name.localeCompare(b.name, "pl"));
}

/**
 * Every organisation that may take part. Loaded in pages of a few thousand
 * (a voivodeship has ~6,000 NGOs) and filtered by the same pure rules, so the
 * registry and the refusals of single requests can never disagree.
 */
export async function eligibleOrganisationIds(client: Client, election: ElectionRulesSource): Promise<string[]> {
  const rules = eligibilityRulesOf(election);
  const territory = rules.territoryCode;
  // Seat inside, or (where activity counts) any activity area overlapping the territory.
  const enclosing = [territory.slice(0, 2), territory.slice(0, 4)].filter((code) => code.length < territory.length);
  const where: Prisma.OrganisationWhereInput =
    rules.territoryRule === "SEAT"
      ? { seatTerritoryCode: { startsWith: territory } }
      : {
          OR: [
            { seatTerritoryCode: { startsWith: territory } },
            {
              territories: {
                some: { OR: [{ territoryCode: { startsWith: territory } }, { territoryCode: { in: enclosing } }] },
              },
            },
          ],
        };
  const eligible: string[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await client.organisation.findMany({
      where,
      select: factsSelect,
      orderBy: { id: "asc" },
      take: 2000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const organisation of page)
      if (ineligibility(rules, factsOf(organisation)).length === 0) eligible.push(organisation.id);
    if (page.length < 2000) return eligible;
    cursor = page.at(-1)!.id;
  }
}
