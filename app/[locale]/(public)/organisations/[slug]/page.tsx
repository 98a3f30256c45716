import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowOrganisationButton } from "@/components/notifications/follow-button";
import { MembershipRequestPanel } from "@/components/organisations/membership-request-panel";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { OrganisationDocuments } from "@/components/organisations/organisation-documents";
import { OrganisationProfile } from "@/components/organisations/organisation-profile";
import { PartnershipSection } from "@/components/partnerships/partnership-section";
import { AuthorLinks } from "@/components/news/author-links";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isFollowing } from "@/lib/notifications/subscriptions";
import { getOrganisationBySlug, latestOwnRequest } from "@/lib/organisations/queries";
import { getPublicProfile } from "@/lib/organisations/profile/queries";
import { listOrganisationDocuments } from "@/lib/organisations/documents/queries";
import { logoVersion } from "@/lib/organisations/logo";
import { jsonForScript, organisationStructuredData } from "@/lib/organisations/structured-data";
import { organisationUrl } from "@/lib/organisations/urls";
import { partnershipSectionView } from "@/lib/partnerships/profile/section-view";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getOrganisationBySlug((await params).slug);
  return organisation ? pageTitle(locale, organisation.name) : {};
}

export default async function OrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale }), getCurrentUser()]);
  const scope = { organisationId: organisation.id };
  const membership = user?.organisations.find((m) => m.organisationId === organisation.id);
  const viewer = can(user, "organisation.members.view", scope) ? "member" : user ? "signedIn" : "public";
  const [ownRequest, following, profile, logo, documents, partnerships] = await Promise.all([
    user && !membership ? latestOwnRequest(user.id, scope) : null,
    user ? isFollowing(user.id, "Organisation", organisation.id) : false,
    getPublicProfile(organisation.id, viewer),
    logoVersion(organisation.id),
    listOrganisationDocuments(organisation.id),
    partnershipSectionView(organisation.id, locale),
  ]);
  if (!profile) notFound();
  const url = organisationUrl(organisation.slug, locale);
  const slug = { slug: organisation.slug };
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "institution",
        "joinRequest",
        "membershipRequests",
        "officialRequest",
        "organisation",
        "subscriptions",
        "ui",
      ]}
    >
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: organisation.name }]} />
      <div className="flex flex-wrap items-center gap-4">
        {logo && (
          // Beside the name it stands for: decorative, so no alternative text to repeat the name.
          // eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP of at most 400 px from our own route
          <img
            src={`/api/organisations/${organisation.id}/logo?v=${logo}`}
            alt=""
            className="h-20 w-20 object-contain"
          />
        )}
        <h1 className="text-3xl font-bold">{organisation.name}</h1>
      </div>
      <p className="mt-2">
        <VerifiedBadge verified={organisation.verifiedAt !== null} />
      </p>
      {organisation.verifiedAt === null && (
        <p className="mt-2 max-w-3xl text-slate-700">{t("organisation.notVerifiedHint")}</p>
      )}
      <script
        // A data block: never run, so outside script-src and needing no nonce or hash.
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(organisationStructuredData(organisation, profile, url)) }}
      />
      <OrganisationProfile profile={profile} />
      {partnerships && <PartnershipSection section={partnerships} />}
      <OrganisationDetails organisation={organisation} />
      <OrganisationDocuments organisationId={organisation.id} documents={documents} />
      <AuthorLinks param="organisation" id={organisation.id} />
      {membership && (
        <Alert tone="info">
          {t("organisation.yourRole", { role: t(`account.organisationRoles.${membership.role}`) })}
          {organisation.verifiedAt !== null && can(user, "organisation.actFor", scope)
            ? ` ${t("organisation.youMayActFor")}`
            : ""}
        </Alert>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        {user && can(user, "notifications.configure") && (
          <FollowOrganisationButton organisationId={organisation.id} following={following} />
        )}
        {can(user, "organisation.edit", scope) && (
          <ButtonLink href={{ pathname: "/organisations/[slug]/edit", params: slug }} variant="secondary">
            {t("organisation.edit")}
          </ButtonLink>
        )}
        {can(user, "organisation.edit", scope) && (
          <ButtonLink href={{ pathname: "/organisations/[slug]/partnerships", params: slug }} variant="secondary">
            {t("partnerships.editLink")}
          </ButtonLink>
        )}
        {can(user, "organisation.edit", scope) && (
          <ButtonLink href={{ pathname: "/organisations/[slug]/history", params: slug }} variant="secondary">
            {t("organisationPublic.history")}
          </ButtonLink>
        )}
        {can(user, "organisation.members.view", scope) && (
          <ButtonLink href={{ pathname: "/organisations/[slug]/members", params: slug }} variant="secondary">
            {t("organisation.members")}
          </ButtonLink>
        )}
      </div>
      {user && !membership && can(user, "organisations.requestMembership") && (
        <MembershipRequestPanel kind="organisation" targetId={organisation.id} ownRequest={ownRequest} />
      )}
      {!user && <p className="mt-8">{t("organisation.signInToJoin")}</p>}
    </ClientMessages>
  );
}
