import { getTranslations, setRequestLocale } from "next-intl/server";
import { SphereTable } from "@/components/reference-data/sphere-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { listSpheresInForce } from "@/lib/reference-data/queries";

type Props = { params: Promise<{ locale: string }> };

// The same for everyone, so rendered once per language and kept by Next.js (issue 21), never at build time
// (no database there): the first request renders it. What it shows, the public-benefit spheres in force (reference data), is written only when the
// server starts (lib/cli/prepare-database.ts), so a copy at most 30 seconds old (PAGE_CACHE_SECONDS's default)
// is refreshed in the background; the pages are listed in PRERENDERED (lib/http/page-cache.ts).
export const revalidate = 30;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export const generateMetadata = titleMetadata("spheres");

export default async function SpheresPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, spheres] = await Promise.all([getTranslations({ locale }), listSpheresInForce()]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("spheres.title") }]} />
      <h1 className="text-3xl font-bold">{t("spheres.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("spheres.intro")}</p>
      <SphereTable spheres={spheres} />
    </>
  );
}
