import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalRuleSection } from "@/components/admin/legal-rules/legal-rule-section";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { legalRulesOverview } from "@/lib/legal-rules/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "legalRules" });
  return pageTitle(locale, t("title"), "administration");
}

/** The administrators' dated legal limits: each key's value in force, its history, and a new value from a day. */
export default async function LegalRulesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "legalRules.configure");
  const [t, rules] = await Promise.all([getTranslations({ locale }), legalRulesOverview()]);
  return (
    <ClientMessages namespaces={["legalRules", "ui", "forms.errors", "errors"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("legalRules.title") }]} />
      <h1 className="text-3xl font-bold">{t("legalRules.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("legalRules.intro")}</p>
      <p className="mt-2 max-w-3xl">{t("legalRules.introDays")}</p>
      {rules.map((rule) => (
        <LegalRuleSection key={rule.key} rule={rule} />
      ))}
    </ClientMessages>
  );
}
