// The frozen voter registry as people see it: who may vote (published), and
// whom to tell. It never reads ballots: see tests/integration/election-voting.
import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { OrganisationRole } from "@/lib/generated/prisma/enums";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The registry's organisations as a notification audience (optionally only those that have not voted yet). */
export async function registryAudience(
  client: Client,
  electionId: string,
  options: { notVotedOnly?: boolean; roles?: OrganisationRole[] } = {},
) {
  const voters = await client.electionVoter.findMany({
    where: { electionId, ...(options.notVotedOnly ? { voted: false } : {}) },
    select: { organisationId: true },
  });
  return voters.map((voter) => ({
    id: voter.organisationId,
    roles: options.roles ?? (["OWNER"] as OrganisationRole[]),
  }));
}

/** The published registry: every organisation entitled to one ballot, by name. */
export async function registryList(electionId: string) {
  const voters = await db().electionVoter.findMany({
    where: { electionId },
    select: {
      organisation: {
        select: { id: true, name: true, slug: true, krs: true, seatTerritory: { select: { name: true } } },
      },
    },
  });
  const collator = new Intl.Collator("pl");
  return voters.map((voter) => voter.organisation).sort((a, b) => collator.compare(a.name, b.name));
}

/** For the signed-in person: each of their organisations in the registry, whether it has voted, and who may cast it. */
export async function votingStatusOf(userId: string, electionId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const [voters, designations] = await Promise.all([
    db().electionVoter.findMany({
      where: { electionId, organisationId: { in: organisationIds } },
      select: { organisationId: true, voted: true, organisation: { select: { name: true } } },
    }),
    db().voterDesignation.findMany({
      where: { electionId, organisationId: { in: organisationIds } },
      select: { organisationId: true, userId: true, user: { select: { name: true } } },
    }),
  ]);
  return voters.map((voter) => {
    const designation = designations.find((d) => d.organisationId === voter.organisationId);
    return {
      organisationId: voter.organisationId,
      name: voter.organisation.name,
      voted: voter.voted,
      designatedName: designation?.user.name ?? null,
      designatedIsMe: designation?.userId === userId,
    };
  });
}

/** The person's organisations in the registry with what they may do: cast, or (owners) designate who casts. */
export async function votingRowsFor(actor: Actor, electionId: string) {
  const statuses = await votingStatusOf(
    actor.id,
    electionId,
    actor.organisations.map((m) => m.organisationId),
  );
  const owned = statuses
    .filter((status) => can(actor, "elections.designateVoter", { organisationId: status.organisationId }))
    .map((status) => status.organisationId);
  const [members, designations] = await Promise.all([
    db().organisationMembership.findMany({
      where: { organisationId: { in: owned } },
      select: { organisationId: true, userId: true, role: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db().voterDesignation.findMany({
      where: { electionId, organisationId: { in: statuses.map((status) => status.organisationId) } },
      select: { organisationId: true, userId: true },
    }),
  ]);
  return statuses.map((status) => {
    const isOwner = owned.includes(status.organisationId);
    return {
      ...status,
      isOwner,
      mayCast: isOwner || status.designatedIsMe,
      designatedId: designations.find((d) => d.organisationId === status.organisationId)?.userId ?? null,
      members: members
        .filter((m) => m.organisationId === status.organisationId && m.role !== "OWNER")
        .map((m) => ({ id: m.userId, name: m.user.name })),
    };
  });
}
