// Who a public record (a news article, a library document) is published for,
// and who may act so: an organisation's representatives (verified
// organisations only, as for everything public), an institution's officials,
// and the platform's administrators for the platform itself. Each module names
// its three permissions; the rules are the permission module's.
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The permissions for writing as an organisation, an institution, and the platform. */
export type AuthorPermissions = { organisation: Permission; institution: Permission; platform: Permission };
export type AuthorChoice = { organisationId: string | null; institutionId: string | null };
export type AuthorOption = { value: string; label: string };

/** Form value "organisation:<id>", "institution:<id>" or "platform" as ids. */
export function parseAuthorChoice(value: string): AuthorChoice {
  const [kind, id] = value.split(":");
  return { organisationId: kind === "organisation" ? id! : null, institutionId: kind === "institution" ? id! : null };
}

/** Whether the person acts for anyone (their menu links to their records); verification is checked on the page. */
export function actsAsAnyAuthor(actor: Actor | null, permissions: AuthorPermissions): boolean {
  if (!actor) return false;
  return (
    can(actor, permissions.platform) ||
    actor.organisations.some((m) => can(actor, permissions.organisation, { organisationId: m.organisationId })) ||
    actor.institutions.some((m) => can(actor, permissions.institution, { institutionId: m.institutionId }))
  );
}

/** The organisations and institutions (by id) of the person's memberships they may act for. */
export function authorScope(
  actor: Actor,
  permissions: AuthorPermissions,
): { organisationIds: string[]; institutionIds: string[]; platform: boolean } {
  return {
    organisationIds: actor.organisations
      .map((m) => m.organisationId)
      .filter((organisationId) => can(actor, permissions.organisation, { organisationId })),
    institutionIds: actor.institutions
      .map((m) => m.institutionId)
      .filter((institutionId) => can(actor, permissions.institution, { institutionId })),
    platform: can(actor, permissions.platform),
  };
}

/** The authors the person may act for, as forms offer them ("platform" has no label: the form names it). */
export async function authorOptions(actor: Actor, permissions: AuthorPermissions): Promise<AuthorOption[]> {
  const scope = authorScope(actor, permissions);
  const [organisations, institutions] = await Promise.all([
    scope.organisationIds.length
      ? db().organisation.findMany({
          where: { id: { in: scope.organisationIds }, verifiedAt: { not: null } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [],
    scope.institutionIds.length
      ? db().institution.findMany({
          where: { id: { in: scope.institutionIds } },
          orderBy: { name: "asc" },
          select: { id: true, name: true, officeName: true },
        })
      : [],
  ]);
  return [
    ...organisations.map((o) => ({ value: `organisation:${o.id}`, label: o.name })),
    ...institutions.map((i) => ({ value: `institution:${i.id}`, label: i.officeName ?? i.name })),
    ...(scope.platform ? [{ value: "platform", label: "" }] : []),
  ];
}

/** Whether the person may act for this author (and so write and change its records). */
export async function mayActAsAuthor(
  actor: Actor,
  author: AuthorChoice,
  permissions: AuthorPermissions,
): Promise<boolean> {
  if (author.organisationId) {
    if (!can(actor, permissions.organisation, { organisationId: author.organisationId })) return false;
    // A member's actor says whether the organisation is verified now (read with the session:
    // lib/auth/current-actor.ts), which spares a list of their records a query per record.
    const verified = actor.organisations.find((m) => m.organisationId === author.organisationId)?.verified;
    if (verified !== undefined) return verified;
    const organisation = await db().organisation.findUnique({
      where: { id: author.organisationId },
      select: { verifiedAt: true },
    });
    return !!organisation?.verifiedAt;
  }
  if (author.institutionId) return can(actor, permissions.institution, { institutionId: author.institutionId });
  return can(actor, permissions.platform);
}
