// Who an article is written for, and who may write it: an organisation's
// owners and editors (verified organisations only, as for everything public),
// an institution's officials, and the platform's administrators for the
// platform itself. Asked of the permission module, never by role.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { NewsAuthorChoice } from "@/lib/news/schemas";

export type AuthorOption = { value: string; label: string };

/** Whether the person writes news for anyone (their menu links to their articles); verification is checked on the page. */
export function writesNews(actor: Actor | null): boolean {
  if (!actor) return false;
  return (
    can(actor, "news.writeForPlatform") ||
    actor.organisations.some((m) => can(actor, "news.writeForOrganisation", { organisationId: m.organisationId })) ||
    actor.institutions.some((m) => can(actor, "news.writeForInstitution", { institutionId: m.institutionId }))
  );
}

/** The authors the person may write for, as the form offers them. */
export async function authorOptions(actor: Actor): Promise<AuthorOption[]> {
  const organisationIds = actor.organisations.map((m) => m.organisationId).filter((organisationId) => can(actor, "news.writeForOrganisation", { organisationId }));
  const institutionIds = actor.institutions.map((m) => m.institutionId).filter((institutionId) => can(actor, "news.writeForInstitution", { institutionId }));
  const [organisations, institutions] = await Promise.all([
    organisationIds.length ? db().organisation.findMany({ where: { id: { in: organisationIds }, verifiedAt: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
    institutionIds.length ? db().institution.findMany({ where: { id: { in: institutionIds } }, orderBy: { name: "asc" }, select: { id: true, name: true, officeName: true } }) : [],
  ]);
  return [
    ...organisations.map((o) => ({ value: `organisation:${o.id}`, label: o.name })),
    ...institutions.map((i) => ({ value: `institution:${i.id}`, label: i.officeName ?? i.name })),
    ...(can(actor, "news.writeForPlatform") ? [{ value: "platform", label: "" }] : []),
  ];
}

/** Whether the person may write (and edit) articles of this author. */
export async function mayWriteFor(actor: Actor, author: NewsAuthorChoice): Promise<boolean> {
  if (author.organisationId) {
    if (!can(actor, "news.writeForOrganisation", { organisationId: author.organisationId })) return false;
    const organisation = await db().organisation.findUnique({ where: { id: author.organisationId }, select: { verifiedAt: true } });
    return !!organisation?.verifiedAt;
  }
  if (author.institutionId) return can(actor, "news.writeForInstitution", { institutionId: author.institutionId });
  return can(actor, "news.writeForPlatform");
}
