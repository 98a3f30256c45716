"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ChevronIcon } from "@/components/layout/chevron-icon";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { useDisclosure } from "@/components/layout/use-disclosure";
import type { AdminLink, MenuMembership, OfficeWork } from "@/lib/accounts/account-summary";
import { Link, type Href } from "@/lib/i18n/navigation";

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
  legalRules: "/admin/legal-rules",
  jobs: "/admin/jobs",
  audit: "/admin/audit",
} as const satisfies Record<AdminLink, string>;

const itemClass =
  "flex min-h-11 w-full items-center rounded px-3 text-left font-semibold text-blue-900 hover:underline";

const headingClass = "mt-3 px-3 text-sm font-bold text-slate-700 uppercase";

function MembershipGroup({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <>
      <p id={id} className={headingClass}>
        {heading}
      </p>
      <ul aria-labelledby={id}>{children}</ul>
    </>
  );
}

const officeWorkHref = (work: OfficeWork, slug: string): Href =>
  work === "competitions"
    ? { pathname: "/institutions/[slug]/competitions", params: { slug } }
    : { pathname: "/institutions/[slug]/small-grants", params: { slug } };

/**
 * An organisation or office, and whether the person appears in public in its
 * name; under an office, its work pages the person may open, in a list named
 * by the office (two offices' "Small grants" are told apart by it).
 */
function MembershipLink({ membership }: { membership: MenuMembership }) {
  const t = useTranslations("nav");
  const organisation = membership.kind === "organisation";
  const work = membership.work ?? [];
  return (
    <li>
      <Link
        href={{
          pathname: organisation ? "/organisations/[slug]" : "/institutions/[slug]",
          params: { slug: membership.slug },
        }}
        className={`${itemClass} flex-col items-start justify-center py-1`}
      >
        {membership.name}
        {membership.actsFor && (
          <span className="text-sm font-normal text-slate-700">
            {t(organisation ? "actsForOrganisation" : "actsForInstitution")}
          </span>
        )}
      </Link>
      {work.length > 0 && (
        <ul aria-label={membership.name} className="ml-3 border-l-2 border-slate-300">
          {work.map((page) => (
            <li key={page}>
              <Link href={officeWorkHref(page, membership.slug)} className={itemClass}>
                {t(page === "competitions" ? "officeCompetitions" : "officeSmallGrants")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function LinkGroup({ id, heading, links }: { id: string; heading: string; links: AdminLink[] }) {
  const t = useTranslations("nav");
  return (
    <>
      <p id={id} className={headingClass}>
        {heading}
      </p>
      <ul aria-labelledby={id}>
        {links.map((link) => (
          <li key={link}>
            <Link href={adminHrefs[link]} className={itemClass}>
              {t(link)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The signed-in person's menu: whom they are signed in as, their
 * organisations and their offices (each group named for what it holds, and
 * in whose name they appear), their settings, their own writing, moderation
 * and administration (apart, so a moderator's menu is not called
 * administration), and signing out. A disclosure of plain links
 * (use-disclosure.ts), so Tab walks through it. The register link is not
 * offered to an official, a moderator or an administrator who belongs to no
 * organisation: their menu is their office's, or the platform's, and a group
 * holding only that link read as if they had organisations.
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
  memberships: MenuMembership[];
  writesNews: boolean;
  managesLibrary: boolean;
  signOutLabels: { signOut: string; signingOut: string };
}) {
  const t = useTranslations("nav");
  const { open, containerRef, buttonProps, panelId } = useDisclosure();
  const organisations = memberships.filter((membership) => membership.kind === "organisation");
  const institutions = memberships.filter((membership) => membership.kind === "institution");
  const moderation = admin.filter((link) => adminHrefs[link].startsWith("/moderation/"));
  const administration = admin.filter((link) => !moderation.includes(link));
  // Only the platform's moderators and administrators are given these links (lib/accounts/account-summary.ts).
  const staff = admin.length > 0;
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
        {(organisations.length > 0 || (institutions.length === 0 && !staff)) && (
          <MembershipGroup
            id={`${panelId}-organisations`}
            heading={t("myOrganisations", { count: organisations.length })}
          >
            {organisations.map((membership) => (
              <MembershipLink key={membership.slug} membership={membership} />
            ))}
            <li>
              <Link href="/organisations/register" className={itemClass}>
                {t("registerOrganisation")}
              </Link>
            </li>
          </MembershipGroup>
        )}
        {institutions.length > 0 && (
          <MembershipGroup id={`${panelId}-institutions`} heading={t("myInstitutions", { count: institutions.length })}>
            {institutions.map((membership) => (
              <MembershipLink key={membership.slug} membership={membership} />
            ))}
          </MembershipGroup>
        )}
        <ul className="mt-3 border-t border-slate-300 pt-2">
          <li>
            <Link href="/my-matters" className={itemClass}>
              {t("myMatters")}
            </Link>
          </li>
          {organisations.length > 0 && (
            <li>
              <Link href="/offers" className={itemClass}>
                {t("myOffers")}
              </Link>
            </li>
          )}
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
        {moderation.length > 0 && (
          <LinkGroup id={`${panelId}-moderation`} heading={t("moderation")} links={moderation} />
        )}
        {administration.length > 0 && (
          <LinkGroup id={`${panelId}-admin`} heading={t("administration")} links={administration} />
        )}
        <div className="mt-3 border-t border-slate-300 pt-2">
          <SignOutButton label={signOutLabels.signOut} pendingLabel={signOutLabels.signingOut} className={itemClass} />
        </div>
      </div>
    </div>
  );
}
