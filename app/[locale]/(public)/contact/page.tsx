import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getInstanceSettings } from "@/lib/settings/queries";
import { telHref } from "@/lib/contact-links";

type Props = { params: Promise<{ locale: string }> };

// The same for everyone, so rendered once per language and kept by Next.js (issue 21), never at build time
// (no database there): the first request renders it. What it shows, the operator's details (instance settings), is written only when the
// server starts (lib/cli/prepare-database.ts), so a copy at most 30 seconds old (PAGE_CACHE_SECONDS's default)
// is refreshed in the background; the pages are listed in PRERENDERED (lib/http/page-cache.ts).
export const revalidate = 30;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export const generateMetadata = titleMetadata("contact");

export default async function ContactPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, settings] = await Promise.all([getTranslations({ locale }), getInstanceSettings()]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("contact.title") }]} />
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("contact.title")}</h1>
        <p>{t("contact.intro", { operator: settings.operatorName })}</p>
        <h2 className="mt-6 text-2xl font-bold">{t("contact.operatorHeading")}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("layout.operator")}</dt>
          <dd>{settings.operatorName}</dd>
          <dt className="font-semibold">{t("layout.address")}</dt>
          <dd>{settings.operatorAddress}</dd>
          <dt className="font-semibold">{t("layout.email")}</dt>
          <dd>
            <a href={`mailto:${settings.operatorEmail}`}>{settings.operatorEmail}</a>
          </dd>
          <dt className="font-semibold">{t("layout.phone")}</dt>
          <dd>
            <a href={telHref(settings.operatorPhone)}>{settings.operatorPhone}</a>
          </dd>
          {settings.operatorWebsite && (
            <>
              <dt className="font-semibold">{t("layout.website")}</dt>
              <dd>
                <a href={settings.operatorWebsite}>{settings.operatorWebsite}</a>
              </dd>
            </>
          )}
          {settings.bipUrl && (
            <>
              <dt className="font-semibold">{t("layout.bip")}</dt>
              <dd>
                <a href={settings.bipUrl}>{settings.bipUrl}</a>
              </dd>
            </>
          )}
        </dl>
        <p className="mt-6">
          {t("contact.accessibilityHint")} <Link href="/accessibility">{t("nav.accessibility")}</Link>
        </p>
      </div>
    </>
  );
}
