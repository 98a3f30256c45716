// Whose small grants an action touches, looked up on the server from the ids
// the form sent (never from a claimed institution or organisation id), for
// scopedAction (lib/safe-action.ts). Null: no such record, refused as NOT_FOUND.
import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The office a case's offer is addressed to. */
export async function caseScope(caseId: string): Promise<Scope | null> {
  const found = await db().smallGrantCase.findUnique({
    where: { id: caseId },
    select: { offer: { select: { institutionId: true } } },
  });
  return found ? { institutionId: found.offer.institutionId } : null;
}

/** The office of the case a remark is on. */
export async function remarkScope(remarkId: string): Promise<Scope | null> {
  const found = await db().smallGrantRemark.findUnique({
    where: { id: remarkId },
    select: { case: { select: { offer: { select: { institutionId: true } } } } },
  });
  return found ? { institutionId: found.case.offer.institutionId } : null;
}

/** An existing office. */
export async function institutionScope(institutionId: string): Promise<Scope | null> {
  const found = await db().institution.findUnique({ where: { id: institutionId }, select: { id: true } });
  return found ? { institutionId: found.id } : null;
}

/** An existing organisation (the applicant of a new draft). */
export async function organisationScope(organisationId: string): Promise<Scope | null> {
  const found = await db().organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  return found ? { organisationId: found.id } : null;
}

/** The lead organisation of a small-grant (SIMPLIFIED_2018) offer: only it submits. */
export async function smallGrantOfferScope(offerId: string): Promise<Scope | null> {
  const found = await db().offer.findUnique({
    where: { id: offerId },
    select: { template: true, leadOrganisationId: true },
  });
  return found?.template === "SIMPLIFIED_2018" ? { organisationId: found.leadOrganisationId } : null;
}
