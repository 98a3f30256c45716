// The office's yearly plan for small grants: the grants planned for
// public-benefit tasks that year (the basis of the share limit), whether it
// takes offers now, a note for organisations when it does not, and the spheres
// it takes them in (none chosen: every sphere). One row per office and year.
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import type { SaveBudgetValues } from "@/lib/small-grants/schemas";

export async function saveSmallGrantBudget(
  actor: Actor,
  values: SaveBudgetValues,
  meta: ActionMeta,
): Promise<{ id: string }> {
  if (!can(actor, "smallGrants.manage", { institutionId: values.institutionId }))
    throw new AppError("FORBIDDEN", "not an official of this office");
  // Spheres are kept as ids: only existing ones.
  const spheres = await db().publicBenefitSphere.findMany({
    where: { id: { in: values.sphereIds } },
    select: { id: true },
  });
  const data = {
    plannedGrantsTotal: BigInt(values.plannedGrantsTotal),
    intakeOpen: values.intakeOpen,
    suspendedNote: values.suspendedNote,
    sphereIds: spheres.map((sphere) => sphere.id),
  };
  return db().$transaction(async (tx) => {
    const budget = await tx.smallGrantBudget.upsert({
      where: { institutionId_year: { institutionId: values.institutionId, year: values.year } },
      create: { institutionId: values.institutionId, year: values.year, ...data },
      update: data,
      select: { id: true },
    });
    await recordAuditEvent(
      {
        action: "smallGrant.budget_saved",
        actorUserId: actor.id,
        actingForInstitutionId: values.institutionId,
        subjectType: "SmallGrantBudget",
        subjectId: budget.id,
        ipAddress: meta.ip,
        details: {
          year: values.year,
          plannedGrantsTotal: String(values.plannedGrantsTotal),
          intakeOpen: values.intakeOpen,
        },
      },
      tx,
    );
    return budget;
  });
}
