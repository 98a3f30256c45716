import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("institutions", "institutions");

const kinds = ["VOIVODESHIP_OFFICE", "POWIAT_OFFICE", "GMINA_OFFICE"] as const;

export default async function InstitutionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const settings = await getInstanceSettings();
  const [t, institutions] = await Promise.all([
    getTranslations({ locale }),
    listInstitutionsInRegion(settings.regionCode),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("institutions.title") }]} />
      <h1 className="text-3xl font-bold">{t("institutions.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("institutions.intro")}</p>
      {kinds.map((kind) => {
        const group = institutions.filter((i) => i.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-2xl font-bold">
              {t(`institutions.kinds.${kind}`, { count: group.length })}
            </h2>
            <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
              {group.map((institution) => (
                <li key={institution.id}>
                  <Link href={{ pathname: "/institutions/[slug]", params: { slug: institution.slug } }}>
                    {institution.officeName ?? institution.name}
                  </Link>
                  {institution.officeName && <span className="block text-sm text-slate-700">{institution.name}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
