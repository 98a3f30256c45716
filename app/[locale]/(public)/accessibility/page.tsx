import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccessibilityStatement } from "@/components/legal/accessibility-statement";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { env } from "@/lib/env";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getAccessibilityStatement, getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("accessibility");

export default async function AccessibilityStatementPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, statement, settings] = await Promise.all([
    getTranslations({ locale }),
    getAccessibilityStatement(),
    getInstanceSettings(),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("accessibility.title") }]} />
      <h1 className="mb-6 text-3xl font-bold">{t("accessibility.title")}</h1>
      <AccessibilityStatement statement={statement} entity={settings.operatorName} siteUrl={env().APP_URL} />
    </>
  );
}
