// Starting a small-grant offer: a draft of the simplified template addressed
// to an office that takes small-grant offers this year, with no competition
// and no task. One OfferSection row per section of the template (the unit the
// editor saves, lib/offers/drafts), the applicant's name filled in; the rest
// is written in the offer editor (/offers/[id]) and submitted from there.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptySection, offerSectionKeys } from "@/lib/offers/document/schema";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { polishYear } from "@/lib/small-grants/clock";
import { budgetOf } from "@/lib/small-grants/limits";

export type DraftRefusal = "INTAKE_CLOSED" | "LEAD_UNVERIFIED";
export class DraftRuleError extends RuleRefusal<DraftRefusal> {}

export async function createSmallGrantDraft(
  actor: Actor,
  input: { organisationId: string; institutionId: string },
  now = new Date(),
): Promise<{ id: string }> {
  if (!can(actor, "offers.prepare", { organisationId: input.organisationId }))
    throw new AppError("FORBIDDEN", "not an owner or editor of the organisation");
  const [organisation, budget] = await Promise.all([
    db().organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, verifiedAt: true },
    }),
    budgetOf(input.institutionId, polishYear(now)),
  ]);
  if (!organisation) throw new AppError("NOT_FOUND", "no such organisation");
  // Anyone may register an organisation and own it: only a verified one files offers (security review H1).
  if (!organisation.verifiedAt) throw new DraftRuleError("LEAD_UNVERIFIED");
  if (!budget?.intakeOpen) throw new DraftRuleError("INTAKE_CLOSED");
  const sections = offerSectionKeys("SIMPLIFIED_2018").map((key) => {
    const content =
      key === "applicants"
        ? { list: [{ organisationId: organisation.id, name: organisation.name }], contact: {} }
        : emptySection(key);
    return { key, content: content as Prisma.InputJsonValue };
  });
  return db().offer.create({
    data: {
      template: "SIMPLIFIED_2018",
      institutionId: input.institutionId,
      kind: "SINGLE",
      leadOrganisationId: organisation.id,
      createdById: actor.id,
      sections: { create: sections },
    },
    select: { id: true },
  });
}
