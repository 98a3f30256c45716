// What the header shows of the person reading a page: their name, the bell's
// unread count, their organisations and offices (the account menu's "my
// organisations" and whom they may act for) and the links their permissions
// open: one request for the whole account area. The header's account
// area fetches it from /api/account/summary after the page loads, so the
// pages themselves are the same for everyone and can be prerendered or kept by
// shared caches (issue 21).
import "server-only";
import { headerFacts, type HeaderMembership } from "@/lib/accounts/queries";
import { can, needsTwoFactorFor, type Actor, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { managesLibrary } from "@/lib/library/stewards";
import { writesNews } from "@/lib/news/authors";

/** The administration pages of the header, in its order, each behind its permission. */
const ADMIN_LINKS = [
  ["people", "users.manage"],
  ["organisations", "organisations.verify"],
  ["organisationImports", "organisations.import"],
  ["officials", "users.manage"],
  ["forumCategories", "forum.manage"],
  ["forumModeration", "content.moderate"],
  ["newsModeration", "content.moderate"],
  ["libraryModeration", "content.moderate"],
  ["ideasModeration", "content.moderate"],
  ["ideasSettings", "ideas.configure"],
  ["ideaCommentsModeration", "content.moderate"],
  ["partnershipsModeration", "content.moderate"],
  ["partnershipSettings", "partnerships.configure"],
  ["legalRules", "legalRules.configure"],
  ["jobs", "jobs.manage"],
  ["audit", "audit.view"],
] as const satisfies readonly (readonly [string, Permission])[];

export type AdminLink = (typeof ADMIN_LINKS)[number][0];

/**
 * An office's work pages for its officials, each behind its permission in
 * that office, as "My offers" is an organisation member's way to its offers
 * (UX review F-D1: an official's menu led only to the office's profile).
 */
const OFFICE_WORK = [
  ["competitions", "competitions.manage"],
  ["smallGrants", "smallGrants.manage"],
] as const satisfies readonly (readonly [string, Permission])[];

export type OfficeWork = (typeof OFFICE_WORK)[number][0];

/** One of the menu's organisations or offices; an office with the work pages the person may open there. */
export type MenuMembership = HeaderMembership & { work?: OfficeWork[] };

/** The office's work pages the person may open (without 2FA they lead to switching it on), from their roles alone. */
export function officeWorkFor(user: Actor, institutionId: string): OfficeWork[] {
  return OFFICE_WORK.filter(
    ([, permission]) =>
      can(user, permission, { institutionId }) || needsTwoFactorFor(user, permission, { institutionId }),
  ).map(([work]) => work);
}

export type AccountSummary =
  | { signedIn: false }
  | {
      signedIn: true;
      name: string;
      unread: number;
      memberships: MenuMembership[];
      adminLinks: AdminLink[];
      writesNews: boolean;
      managesLibrary: boolean;
    };

/** The administration pages a person may open (without 2FA they lead to switching it on). */
export function adminLinksFor(user: Actor | null): AdminLink[] {
  return ADMIN_LINKS.filter(([, permission]) => can(user, permission) || needsTwoFactorFor(user, permission)).map(
    ([link]) => link,
  );
}

export async function accountSummary(user: CurrentUser | null): Promise<AccountSummary> {
  if (!user) return { signedIn: false };
  const { unread, memberships } = await headerFacts(user);
  return {
    signedIn: true,
    name: user.name,
    unread,
    // The browser needs no ids.
    memberships: memberships.map(({ id, ...membership }) =>
      membership.kind === "institution" ? { ...membership, work: officeWorkFor(user, id) } : membership,
    ),
    adminLinks: adminLinksFor(user),
    writesNews: writesNews(user),
    managesLibrary: managesLibrary(user),
  };
}
