import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BudgetSection } from "@/components/small-grants/budget-section";
import { OfficeCase } from "@/components/small-grants/office-case";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getInstitutionBySlug } from "@/lib/institutions/queries";
import { sphereFilterOptions } from "@/lib/reference-data/topic-options";
import { officeYear } from "@/lib/small-grants/office-year";
import { officeSmallGrantsView } from "@/lib/small-grants/queries";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "smallGrants.office" });
  return pageTitle(locale, t("title"), "institutions");
}

/** The office's small grants (art. 19a): the year's plan and intake, and every offer received with its clock. */
export default async function InstitutionSmallGrantsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const now = new Date();
  const year = officeYear((await searchParams).year, now);
  // The permission first: nothing of the office's cases is read for someone who may not see them.
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "smallGrants.manage", { institutionId: institution.id });
  const view = await officeSmallGrantsView(institution.slug, year, now);
  if (!view) notFound();
  const [t, spheres] = await Promise.all([getTranslations({ locale }), sphereFilterOptions(locale)]);
  return (
    <ClientMessages namespaces={["smallGrants.budget", "smallGrants.office", "forms.errors", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          {
            label: view.institution.name,
            href: { pathname: "/institutions/[slug]", params: { slug: view.institution.slug } },
          },
          { label: t("smallGrants.office.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("smallGrants.office.title")}: {view.institution.name}
      </h1>
      <p className="mt-4 max-w-3xl">{t("smallGrants.office.intro")}</p>
      <BudgetSection view={view} spheres={spheres} />
      <section aria-labelledby="sg-cases" className="mt-10">
        <h2 id="sg-cases" className="text-2xl font-semibold">
          {t("smallGrants.office.casesHeading", { year: view.year })}
        </h2>
        {view.cases.length === 0 ? (
          <EmptyState title={t("smallGrants.office.empty")} />
        ) : (
          view.cases.map((item) => <OfficeCase key={item.id} item={item} now={now} />)
        )}
      </section>
    </ClientMessages>
  );
}
