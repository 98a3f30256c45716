import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ElectionForm } from "@/components/elections/election-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { newElectionValues } from "@/lib/elections/form-values";
import { areaTerritoryOptions } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getInstitutionBySlug } from "@/lib/institutions/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "electionAdmin" });
  return pageTitle(locale, t("newTitle"), "elections");
}

export default async function NewElectionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "elections.manage", { institutionId: institution.id });
  const [t, areaOptions] = await Promise.all([
    getTranslations({ locale }),
    areaTerritoryOptions(institution.territoryCode),
  ]);
  const name = institution.officeName ?? institution.name;
  return (
    <ClientMessages
      namespaces={[
        "electionForm",
        "elections.candidateOrders",
        "elections.territoryRules",
        "elections.tieRules",
        "errors",
        "forms.errors",
        "furtherRound.formIntro",
        "furtherRound.seatsFixed",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
            {
              label: t("electionAdmin.title"),
              href: { pathname: "/institutions/[slug]/elections", params: { slug: institution.slug } },
            },
            { label: t("electionAdmin.newTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("electionAdmin.newTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("electionAdmin.newIntro")}</p>
        <ElectionForm
          target={{ institutionId: institution.id }}
          defaultValues={newElectionValues(institution)}
          areaOptions={areaOptions}
        />
      </>
    </ClientMessages>
  );
}
