import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteMemberForm } from "@/components/organisations/invite-member-form";
import { LeaveOrganisationButton } from "@/components/organisations/leave-organisation-button";
import { PeopleRolesTable } from "@/components/organisations/people-roles-table";
import { RequestDecisions } from "@/components/organisations/request-decisions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { can } from "@/lib/auth/permissions";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import {
  getOrganisationBySlug,
  listOpenInvitations,
  listOrganisationMembers,
  listPendingRequests,
} from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getOrganisationBySlug((await params).slug);
  const t = await getTranslations({ locale, namespace: "organisation" });
  return pageTitle(
    locale,
    organisation ? t("membersTitle", { name: organisation.name }) : t("members"),
    "organisations",
  );
}

export default async function OrganisationMembersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  const scope = { organisationId: organisation.id };
  const user = await requireScopedPermission(locale, "organisation.members.view", scope);
  const canManage = can(user, "organisation.members.manage", scope);
  const [t, members, requests, invitations] = await Promise.all([
    getTranslations({ locale }),
    listOrganisationMembers(organisation.id),
    canManage ? listPendingRequests(scope) : [],
    canManage ? listOpenInvitations(organisation.id) : [],
  ]);
  return (
    <ClientMessages
      namespaces={[
        "account.institutionRoles",
        "account.organisationRoles",
        "errors",
        "forms.errors",
        "institution",
        "invitations",
        "languages",
        "membershipRequests",
        "organisation",
        "people",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            {
              label: organisation.name,
              href: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
            },
            { label: t("organisation.members") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("organisation.membersTitle", { name: organisation.name })}</h1>
        <p className="mt-4 max-w-3xl">{t("organisation.membersIntro")}</p>
        <PeopleRolesTable
          kind="organisation"
          targetId={organisation.id}
          people={members}
          canManage={canManage}
          currentUserId={user.id}
        />
        {canManage && <RequestDecisions kind="organisation" requests={requests} />}
        {canManage && <InviteMemberForm organisationId={organisation.id} invitations={invitations} />}
        {can(user, "organisation.leave", scope) && (
          <LeaveOrganisationButton organisationId={organisation.id} organisationName={organisation.name} />
        )}
      </>
    </ClientMessages>
  );
}
