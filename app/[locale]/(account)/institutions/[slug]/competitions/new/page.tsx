import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompetitionBasicsForm } from "@/components/competitions/admin/basics-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { deadlineHintAt, newCompetitionDefaults } from "@/lib/competitions/edit-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getInstitutionBySlug } from "@/lib/institutions/queries";
import { topicOptions } from "@/lib/reference-data/topic-options";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionsAdmin" });
  return pageTitle(locale, t("newTitle"));
}

export default async function NewCompetitionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "competitions.manage", { institutionId: institution.id });
  const [t, options, hint] = await Promise.all([getTranslations({ locale }), topicOptions(locale), deadlineHintAt([])]);
  const name = institution.officeName ?? institution.name;
  return (
    <ClientMessages namespaces={["competitionsAdmin", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
            {
              label: t("competitionsAdmin.title"),
              href: { pathname: "/institutions/[slug]/competitions", params: { slug: institution.slug } },
            },
            { label: t("competitionsAdmin.newTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("competitionsAdmin.newTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("competitionsAdmin.newIntro")}</p>
        <CompetitionBasicsForm
          target={{ institutionId: institution.id }}
          options={options}
          defaultValues={newCompetitionDefaults(institution)}
          deadlineHint={hint}
        />
      </>
    </ClientMessages>
  );
}
