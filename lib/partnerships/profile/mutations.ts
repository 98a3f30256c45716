// Saving an organisation's partnership profile: the lists replace what was
// there, past projects and their partners are written again in the order
// given, and every save is an audit event and, when something changed, an
// entry in the organisation's history of changes. Nothing is written unless
// all of it is valid, and it is written in one transaction.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipProfile } from "@/lib/partnerships/profile/schemas";
import { recordChange } from "@/lib/organisations/history/mutations";
import { FieldRuleError, type FieldProblem } from "@/lib/rule-errors/field-rules";

/** Where a past project's partner is named in the form: its problems are shown there. */
export const partnerField = (project: number, partner: number) => `pastProjects.${project}.partners.${partner}.name`;

/**
 * Partners linked to organisations must be other organisations on the
 * platform: a link to one that does not exist (removed meanwhile, or a forged
 * id) or to the organisation itself is refused on its field.
 */
async function linkProblems(organisationId: string, profile: PartnershipProfile): Promise<FieldProblem[]> {
  const linked = profile.pastProjects.flatMap((project, p) =>
    project.partners.flatMap((partner, i) => (partner.organisationId ? [{ p, i, id: partner.organisationId }] : [])),
  );
  if (linked.length === 0) return [];
  const existing = new Set(
    (
      await db().organisation.findMany({
        where: { id: { in: [...new Set(linked.map((link) => link.id))] } },
        select: { id: true },
      })
    ).map((organisation) => organisation.id),
  );
  return linked.flatMap(({ p, i, id }) => {
    if (id === organisationId) return [{ field: partnerField(p, i), message: "partnershipPartnerIsSelf" }];
    if (!existing.has(id)) return [{ field: partnerField(p, i), message: "partnershipPartnerNotFound" }];
    return [];
  });
}

/** Writes the profile in place of what was there, inside the caller's transaction; the links must have been checked. */
export async function writePartnershipProfile(
  tx: Prisma.TransactionClient,
  organisationId: string,
  { pastProjects, ...lists }: PartnershipProfile,
): Promise<void> {
  await tx.partnershipProfile.upsert({
    where: { organisationId },
    create: { organisationId, ...lists },
    update: lists,
  });
  await tx.partnershipPastProject.deleteMany({ where: { organisationId } });
  for (const [sortOrder, { partners, ...project }] of pastProjects.entries()) {
    await tx.partnershipPastProject.create({
      data: {
        organisationId,
        sortOrder,
        ...project,
        partners: { create: partners.map((partner, index) => ({ ...partner, sortOrder: index })) },
      },
    });
  }
}

/** A profile as saved or as stored (where codes are plain strings). */
type HistoryInput = {
  openToPartnerships: boolean;
  offeredCompetences: readonly string[];
  neededCompetences: readonly string[];
  offeredResources: readonly string[];
  neededResources: readonly string[];
  workingLanguages: readonly string[];
  tags: readonly string[];
  pastProjects: readonly { title: string; yearFrom: number; yearTo: number; partners: readonly { name: string }[] }[];
};

/** The profile in the comparable shape the organisation's history keeps: codes as stored, a project as one line. */
export function historyShape(profile: HistoryInput | null): Record<string, unknown> {
  return {
    openToPartnerships: profile?.openToPartnerships ?? false,
    offeredCompetences: profile?.offeredCompetences ?? [],
    neededCompetences: profile?.neededCompetences ?? [],
    offeredResources: profile?.offeredResources ?? [],
    neededResources: profile?.neededResources ?? [],
    workingLanguages: profile?.workingLanguages ?? [],
    tags: profile?.tags ?? [],
    pastProjects: (profile?.pastProjects ?? []).map((project) => {
      const years =
        project.yearFrom === project.yearTo ? `${project.yearFrom}` : `${project.yearFrom}–${project.yearTo}`;
      const partners = project.partners.map((partner) => partner.name).join(", ");
      return `${project.title} (${years})${partners ? `: ${partners}` : ""}`;
    }),
  };
}

const historySelect = {
  openToPartnerships: true,
  offeredCompetences: true,
  neededCompetences: true,
  offeredResources: true,
  neededResources: true,
  workingLanguages: true,
  tags: true,
  pastProjects: {
    orderBy: { sortOrder: "asc" },
    select: {
      title: true,
      yearFrom: true,
      yearTo: true,
      partners: { orderBy: { sortOrder: "asc" }, select: { name: true } },
    },
  },
} as const;

export async function savePartnershipProfile(
  organisationId: string,
  profile: PartnershipProfile,
  context: { actorId: string; ip: string | null; asMember: boolean },
): Promise<void> {
  const problems = await linkProblems(organisationId, profile);
  if (problems.length > 0) throw new FieldRuleError(problems);
  await db().$transaction(async (tx) => {
    // Two saves at once would each clear the projects and then both add theirs: the organisation's row is
    // locked first, so they take turns and the history compares each with what the other left. (NO KEY: other
    // organisations linking this one as a partner need not wait.)
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR NO KEY UPDATE`;
    const before = await tx.partnershipProfile.findUnique({ where: { organisationId }, select: historySelect });
    await writePartnershipProfile(tx, organisationId, profile);
    await recordChange(tx, {
      organisationId,
      actorUserId: context.actorId,
      source: "partnerships",
      before: historyShape(before),
      after: historyShape(profile),
    });
    await recordAuditEvent(
      {
        action: "partnership.profile_saved",
        actorUserId: context.actorId,
        actingForOrganisationId: context.asMember ? organisationId : null,
        subjectType: "Organisation",
        subjectId: organisationId,
        ipAddress: context.ip,
        details: {
          openToPartnerships: profile.openToPartnerships,
          offeredCompetences: profile.offeredCompetences.length,
          neededCompetences: profile.neededCompetences.length,
          offeredResources: profile.offeredResources.length,
          neededResources: profile.neededResources.length,
          pastProjects: profile.pastProjects.length,
        },
      },
      tx,
    );
  });
}
