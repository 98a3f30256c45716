import type { Metadata } from "next";
import { AuthorLinks } from "@/components/news/author-links";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembershipRequestPanel } from "@/components/organisations/membership-request-panel";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { AccountabilitySection } from "@/components/ideas/accountability/accountability-section";
import { OfficeExportLinks } from "@/components/ideas/office-export-links";
import { officeAccountability } from "@/lib/ideas/accountability/queries";
import { PublicPartnerships } from "@/components/partnerships/interests/public-partnerships";
import { PartyOpenRequests } from "@/components/partnerships/requests/party-open-requests";
import { openRequestsOfParty } from "@/lib/partnerships/requests/queries";
import { publicPartnershipsOfParty } from "@/lib/partnerships/workflow/queries";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { can, needsTwoFactorFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getInstitutionBySlug } from "@/lib/institutions/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { latestOwnRequest } from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const institution = await getInstitutionBySlug((await params).slug);
  return institution ? pageTitle(locale, institution.officeName ?? institution.name, "institutions") : {};
}

export default async function InstitutionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale }), getCurrentUser()]);
  const scope = { institutionId: institution.id };
  const membership = user?.institutions.find((m) => m.institutionId === institution.id);
  const office = { kind: "institution", id: institution.id } as const;
  const [ownRequest, consultations, ideaAccountability, partnerships, openRequests] = await Promise.all([
    user && !membership ? latestOwnRequest(user.id, scope) : null,
    listPublicConsultations({ institutionId: institution.id, page: 1 }),
    officeAccountability(institution.id),
    publicPartnershipsOfParty(office),
    openRequestsOfParty(office),
  ]);
  const none = t("organisation.none");
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
        "ui",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("institutions.title"), href: "/institutions" },
          { label: institution.officeName ?? institution.name },
        ]}
      />
      <h1 className="text-3xl font-bold">{institution.officeName ?? institution.name}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("institution.unit")}</dt>
        <dd>{institution.name}</dd>
        <dt className="font-semibold">{t("institution.kind")}</dt>
        <dd>{t(`institution.kinds.${institution.kind}`)}</dd>
        <dt className="font-semibold">{t("institution.teryt")}</dt>
        <dd>{institution.territoryCode}</dd>
        <dt className="font-semibold">{t("institution.address")}</dt>
        <dd>{institution.address ?? none}</dd>
        <dt className="font-semibold">{t("institution.email")}</dt>
        <dd>{institution.email ? <a href={`mailto:${institution.email}`}>{institution.email}</a> : none}</dd>
        <dt className="font-semibold">{t("institution.phone")}</dt>
        <dd>
          {institution.phone ? (
            <a href={`tel:${institution.phone.replace(/[^\d+]/g, "")}`}>{institution.phone}</a>
          ) : (
            none
          )}
        </dd>
        <dt className="font-semibold">{t("institution.website")}</dt>
        <dd>{institution.website ? <a href={institution.website}>{institution.website}</a> : none}</dd>
      </dl>
      <AuthorLinks param="institution" id={institution.id} />
      {membership && (
        <Alert tone="info">
          {t("institution.yourRole", { role: t(`account.institutionRoles.${membership.role}`) })}
        </Alert>
      )}
      {(can(user, "institution.officials.approve", scope) ||
        needsTwoFactorFor(user, "institution.officials.approve", scope)) && (
        <ButtonLink
          href={{ pathname: "/institutions/[slug]/officials", params: { slug: institution.slug } }}
          variant="secondary"
          className="mt-6"
        >
          {t("institution.manage")}
        </ButtonLink>
      )}
      {(can(user, "consultations.manage", scope) || needsTwoFactorFor(user, "consultations.manage", scope)) && (
        <ButtonLink
          href={{ pathname: "/institutions/[slug]/consultations", params: { slug: institution.slug } }}
          variant="secondary"
          className="mt-6 ml-3"
        >
          {t("consultationAdmin.title")}
        </ButtonLink>
      )}
      {(can(user, "competitions.manage", scope) || needsTwoFactorFor(user, "competitions.manage", scope)) && (
        <ButtonLink
          href={{ pathname: "/institutions/[slug]/competitions", params: { slug: institution.slug } }}
          variant="secondary"
          className="mt-6 ml-3"
        >
          {t("competitionsAdmin.title")}
        </ButtonLink>
      )}
      {(can(user, "elections.manage", scope) || needsTwoFactorFor(user, "elections.manage", scope)) && (
        <ButtonLink
          href={{ pathname: "/institutions/[slug]/elections", params: { slug: institution.slug } }}
          variant="secondary"
          className="mt-6 ml-3"
        >
          {t("electionAdmin.title")}
        </ButtonLink>
      )}
      {consultations.items.length > 0 && (
        <section aria-labelledby="institution-consultations-heading" className="mt-8">
          <h2 id="institution-consultations-heading" className="text-2xl font-bold">
            {t("consultations.title")}
          </h2>
          <ConsultationList items={consultations.items} />
        </section>
      )}
      <AccountabilitySection view={ideaAccountability} />
      <PartyOpenRequests requests={openRequests} />
      {partnerships.length > 0 && <PublicPartnerships partnerships={partnerships} level={2} />}
      {can(user, "ideas.export", scope) && <OfficeExportLinks institutionId={institution.id} locale={locale} />}
      {user && !membership && (
        <MembershipRequestPanel kind="institution" targetId={institution.id} ownRequest={ownRequest} />
      )}
      {!user && <p className="mt-8">{t("institution.signInToRequest")}</p>}
    </ClientMessages>
  );
}
