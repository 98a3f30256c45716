import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionOfficeForm } from "@/components/institutions/institution-office-form";
import { PeopleRolesTable } from "@/components/organisations/people-roles-table";
import { RequestDecisions } from "@/components/organisations/request-decisions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { can } from "@/lib/auth/permissions";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { getInstitutionBySlug, listOfficials } from "@/lib/institutions/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { listPendingRequests } from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "institution" });
  return pageTitle(locale, t("manageTitle"), "institutions");
}

export default async function InstitutionOfficialsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  const scope = { institutionId: institution.id };
  const user = await requireScopedPermission(locale, "institution.officials.approve", scope);
  const [t, officials, requests] = await Promise.all([
    getTranslations({ locale }),
    listOfficials(institution.id),
    listPendingRequests(scope),
  ]);
  const title = institution.officeName ?? institution.name;
  return (
    <ClientMessages
      namespaces={[
        "account.institutionRoles",
        "account.organisationRoles",
        "errors",
        "forms.errors",
        "institution",
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
            { label: t("institutions.title"), href: "/institutions" },
            { label: title, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
            { label: t("institution.manageTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">
          {t("institution.manageTitle")}: {title}
        </h1>
        <RequestDecisions kind="institution" requests={requests} />
        <section aria-labelledby="officials-heading" className="mt-8">
          <h2 id="officials-heading" className="text-2xl font-bold">
            {t("institution.officialsHeading")}
          </h2>
          <PeopleRolesTable
            kind="institution"
            targetId={institution.id}
            people={officials}
            canManage
            currentUserId={user.id}
          />
        </section>
        {can(user, "institution.edit", scope) && (
          <InstitutionOfficeForm
            institutionId={institution.id}
            defaultValues={{
              officeName: institution.officeName ?? "",
              address: institution.address ?? "",
              email: institution.email ?? "",
              phone: institution.phone ?? "",
              website: institution.website ?? "",
              ideaAnswerDays: String(institution.ideaAnswerDays),
            }}
          />
        )}
      </>
    </ClientMessages>
  );
}
