import { getTranslations, setRequestLocale } from "next-intl/server";
import { SphereTable } from "@/components/reference-data/sphere-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { listSpheresInForce } from "@/lib/reference-data/queries";

type Props = { params: Promise<{ locale: string }> };

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
