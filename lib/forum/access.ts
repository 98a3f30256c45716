// Who may read and write in a forum category. The permission module grants
// "forum.post" to everyone signed in; each category narrows it to
// representatives of verified organisations (anyone can register an
// organisation, so an unverified one proves nothing) or officials, and may open reading to
// visitors. Moderators and administrators read and write everywhere, so they
// can moderate what they see.
import { can, type Actor } from "@/lib/auth/permissions";
import type { ForumAccess } from "@/lib/generated/prisma/enums";

export type CategoryRules = { access: ForumAccess; openToPublic: boolean };

function belongs(actor: Actor, access: ForumAccess): boolean {
  if (can(actor, "content.moderate")) return true;
  switch (access) {
    case "SIGNED_IN":
      return true;
    case "REPRESENTATIVES":
      return actor.organisations.some((membership) => membership.verified === true);
    case "OFFICIALS":
      return actor.institutions.length > 0;
  }
}

export function mayRead(actor: Actor | null, category: CategoryRules): boolean {
  return category.openToPublic || (actor !== null && belongs(actor, category.access));
}

export function mayWrite(actor: Actor | null, category: CategoryRules): boolean {
  return actor !== null && can(actor, "forum.post") && belongs(actor, category.access);
}

/** The categories' access levels a person reads (for queries that list threads across categories). */
export function readableAccess(actor: Actor | null): ForumAccess[] {
  if (!actor) return [];
  return (["SIGNED_IN", "REPRESENTATIVES", "OFFICIALS"] as const).filter((access) => belongs(actor, access));
}
