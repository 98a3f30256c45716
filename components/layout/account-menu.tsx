"use client";

import { useTranslations } from "next-intl";
import { ChevronIcon } from "@/components/layout/chevron-icon";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { useDisclosure } from "@/components/layout/use-disclosure";
import type { AdminLink } from "@/lib/accounts/account-summary";
import type { HeaderMembership } from "@/lib/accounts/queries";
import { Link } from "@/lib/i18n/navigation";

const adminHrefs = {
  people: "/admin/people",
  organisations: "/admin/organisations",
  organisationImports: "/admin/organisation-imports",
  officials: "/admin/officials",
  forumCategories: "/admin/forum",
  forumModeration: "/moderation/forum",
  newsModeration: "/moderation/news",
  libraryModeration: "/moderation/library",
  ideasModeration: "/moderation/ideas",
  ideasSettings: "/admin/ideas",
  ideaCommentsModeration: "/moderation/ideas-comments",
  partnershipsModeration: "/moderation/partnerships",
  partnershipSettings: "/admin/partnerships",
  jobs: "/admin/jobs",
  audit: "/admin/audit",
} as const satisfies Record<AdminLink, string>;

const itemClass =
  "flex min-h-11 w-full items-center rounded px-3 text-left font-semibold text-blue-900 hover:underline";

/**
 * The signed-in person's menu: whom they are signed in as, the organisations
 * and offices they belong to (and in whose name they may appear), their
 * settings, their own writing, administration, and signing out. A disclosure
 * of plain links (use-disclosure.ts), so Tab walks through it.
 */
export function AccountMenu({
  userName,
  admin,
  memberships,
  writesNews,
  managesLibrary,
  signOutLabels,
}: {
  userName: string;
  admin: AdminLink[];
  memberships: HeaderMembership[];
  writesNews: boolean;
  managesLibrary: boolean;
  signOutLabels: { signOut: string; signingOut: string };
}) {
  const t = useTranslations("nav");
  const { open, containerRef, buttonProps, panelId } = useDisclosure();
  return (
    // Below 640 px the button may sit on the left of its row: the panel then spans the header's width
    // (the header is its positioned parent) instead of opening leftwards off the screen.
    <div ref={containerRef} className="sm:relative">
      <button
        {...buttonProps}
        className="inline-flex min-h-11 items-center gap-1 rounded border-2 border-blue-800 px-3 font-semibold text-blue-900 lg:text-sm"
      >
        {t("account")}
        <ChevronIcon open={open} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-2 z-40 mt-1 max-h-[75vh] overflow-y-auto rounded border border-slate-300 bg-white p-3 text-base shadow-lg sm:inset-x-auto sm:right-0 sm:w-80 sm:max-w-[calc(100vw-1rem)]"
      >
        <p className="px-3 text-slate-700">
          {t("signedInAs")} <strong className="text-slate-900">{userName}</strong>
        </p>
        <p id={`${panelId}-organisations`} className="mt-3 px-3 text-sm font-bold text-slate-700 uppercase">
          {t("myOrganisations")}
        </p>
        <ul aria-labelledby={`${panelId}-organisations`}>
          {memberships.map((membership) => (
            <li key={`${membership.kind}-${membership.slug}`}>
              <Link
                href={{
                  pathname: membership.kind === "organisation" ? "/organisations/[slug]" : "/institutions/[slug]",
                  params: { slug: membership.slug },
                }}
                className={`${itemClass} flex-col items-start justify-center py-1`}
              >
                {membership.name}
                {membership.actsFor && (
                  <span className="text-sm font-normal text-slate-700">
                    {t(membership.kind === "organisation" ? "actsForOrganisation" : "actsForInstitution")}
                  </span>
                )}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/organisations/register" className={itemClass}>
              {t("registerOrganisation")}
            </Link>
          </li>
        </ul>
        <ul className="mt-3 border-t border-slate-300 pt-2">
          <li>
            <Link href="/my-matters" className={itemClass}>
              {t("myMatters")}
            </Link>
          </li>
          <li>
            <Link href="/account" className={itemClass}>
              {t("accountSettings")}
            </Link>
          </li>
          <li>
            <Link href="/notifications/settings" className={itemClass}>
              {t("notificationSettings")}
            </Link>
          </li>
          {writesNews && (
            <li>
              <Link href="/account/news" className={itemClass}>
                {t("myNews")}
              </Link>
            </li>
          )}
          {managesLibrary && (
            <li>
              <Link href="/account/library" className={itemClass}>
                {t("myLibrary")}
              </Link>
            </li>
          )}
        </ul>
        {admin.length > 0 && (
          <>
            <p id={`${panelId}-admin`} className="mt-3 px-3 text-sm font-bold text-slate-700 uppercase">
              {t("administration")}
            </p>
            <ul aria-labelledby={`${panelId}-admin`}>
              {admin.map((link) => (
                <li key={link}>
                  <Link href={adminHrefs[link]} className={itemClass}>
                    {t(link)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="mt-3 border-t border-slate-300 pt-2">
          <SignOutButton label={signOutLabels.signOut} pendingLabel={signOutLabels.signingOut} className={itemClass} />
        </div>
      </div>
    </div>
  );
}
