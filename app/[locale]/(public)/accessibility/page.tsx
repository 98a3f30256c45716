import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccessibilityStatement } from "@/components/legal/accessibility-statement";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { env } from "@/lib/env";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getAccessibilityStatement, getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

// The same for everyone, so rendered once per language and kept by Next.js (issue 21), never at build time
// (no database there): the first request renders it. What it shows, the accessibility statement and the operator (instance settings), is written only when the
// server starts (lib/cli/prepare-database.ts), so a copy at most 30 seconds old (PAGE_CACHE_SECONDS's default)
// is refreshed in the background; the pages are listed in PRERENDERED (lib/http/page-cache.ts).
export const revalidate = 30;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

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
