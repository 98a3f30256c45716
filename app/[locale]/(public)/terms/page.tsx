import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TERMS_VERSION } from "@/lib/accounts/consents";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

// The same for everyone, so rendered once per language and kept by Next.js (issue 21), never at build time
// (no database there): the first request renders it. What it shows, the terms (messages only), is written only when the
// server starts (lib/cli/prepare-database.ts), so a copy at most 30 seconds old (PAGE_CACHE_SECONDS's default)
// is refreshed in the background; the pages are listed in PRERENDERED (lib/http/page-cache.ts).
export const revalidate = 30;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export const generateMetadata = titleMetadata("terms");

const items = ["1", "2", "3", "4", "5", "6", "7", "8"] as const;

export default async function TermsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("terms.title") }]} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{t("terms.title")}</h1>
        <p className="my-4">{t("terms.intro", { version: TERMS_VERSION })}</p>
        <ol className="list-decimal space-y-2 pl-6">
          {items.map((item) => (
            <li key={item}>{t(`terms.items.${item}`)}</li>
          ))}
        </ol>
      </div>
    </>
  );
}
