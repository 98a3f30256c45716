import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
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

export const generateMetadata = titleMetadata("privacy");

const sections = [
  { heading: "purposesHeading", items: ["purposeStatutory", "purposeAccount", "purposeConsent", "purposeSecurity"] },
  { heading: "recipientsHeading", items: ["recipients"] },
  { heading: "retentionHeading", items: ["retention"] },
  { heading: "rightsHeading", items: ["rights"] },
  { heading: "cookiesHeading", items: ["cookies"] },
] as const;

export default async function PrivacyPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, settings] = await Promise.all([getTranslations({ locale }), getInstanceSettings()]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("privacy.title") }]} />
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.title")}</h1>
        <p>{t("privacy.intro")}</p>
        <h2 className="mt-8 text-2xl font-bold">{t("privacy.controllerHeading")}</h2>
        <p>{t("privacy.controller", { operator: settings.operatorName, address: settings.operatorAddress })}</p>
        <h2 className="mt-8 text-2xl font-bold">{t("privacy.contactHeading")}</h2>
        <p>
          {t.rich("privacy.contact", {
            emailAddress: settings.operatorEmail,
            phoneNumber: settings.operatorPhone,
            email: (chunks) => <a href={`mailto:${settings.operatorEmail}`}>{chunks}</a>,
            phone: (chunks) => <a href={telHref(settings.operatorPhone)}>{chunks}</a>,
          })}
        </p>
        {sections.map((section) => (
          <section key={section.heading}>
            <h2 className="mt-8 text-2xl font-bold">{t(`privacy.${section.heading}`)}</h2>
            {section.items.length > 1 ? (
              <ul className="mt-2 list-disc space-y-2 pl-6">
                {section.items.map((item) => (
                  <li key={item}>{t(`privacy.${item}`)}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t(`privacy.${section.items[0]}`)}</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
