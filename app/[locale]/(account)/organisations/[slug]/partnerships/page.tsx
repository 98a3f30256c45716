import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PartnershipProfileForm } from "@/components/partnerships/partnership-profile-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getOrganisationBySlug } from "@/lib/organisations/queries";
import { partnershipEditView } from "@/lib/partnerships/profile/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getOrganisationBySlug((await params).slug);
  const t = await getTranslations({ locale, namespace: "partnerships.edit" });
  return pageTitle(locale, t("title", { name: organisation?.name ?? "" }), "organisations");
}

export default async function PartnershipProfilePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  await requireScopedPermission(locale, "organisation.edit", { organisationId: organisation.id });
  const [t, view] = await Promise.all([getTranslations({ locale }), partnershipEditView(organisation.id)]);
  if (!view) notFound();
  const slug = { slug: organisation.slug };
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "organisationPicker", "partnerships", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: organisation.name, href: { pathname: "/organisations/[slug]", params: slug } },
          { label: t("partnerships.edit.breadcrumb") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerships.edit.title", { name: organisation.name })}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerships.edit.intro")}</p>
      <p className="mt-4 max-w-3xl">
        {view.targetGroups.length > 0
          ? t("partnerships.form.targetGroups", {
              groups: view.targetGroups.map((group) => t(`targetGroups.${group}`)).join(", "),
            })
          : t("partnerships.form.targetGroupsNone")}{" "}
        <Link href={{ pathname: "/organisations/[slug]/edit", params: slug }}>
          {t("partnerships.form.targetGroupsChange")}
        </Link>
      </p>
      <PartnershipProfileForm organisationId={organisation.id} defaultValues={view.defaultValues} />
    </ClientMessages>
  );
}
