import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { placeAnchor, RequesterMapSection } from "@/components/partnerships/list/requester-map-section";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { env } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { parsePartnerRequestSearch, partnerRequestFiltersQuery } from "@/lib/partnerships/list/filters";
import { requesterSeats } from "@/lib/partnerships/list/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerRequestList.map" });
  return pageTitle(locale, t("title"), "partnerships");
}

/** Where those looking for partners are: their seats on the map, and as a list by place. Narrowed like the list. */
export default async function PartnerRequestMapPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { filters } = parsePartnerRequestSearch(await searchParams).search;
  const [t, seats] = await Promise.all([getTranslations({ locale }), requesterSeats(filters)]);
  const query = partnerRequestFiltersQuery(filters);
  const path = getPathname({ href: "/partnerships/map", locale });
  const config = env();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnerRequestList.title"), href: "/partnerships" },
          { label: t("partnerRequestList.map.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerRequestList.map.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerRequestList.map.intro")}</p>
      <p className="mt-4">
        <a href={`${getPathname({ href: "/partnerships", locale })}${query}`} className="font-semibold underline">
          {t("partnerRequestList.map.backToList")}
        </a>
      </p>
      <RequesterMapSection
        seats={seats}
        placeHref={(code) => `${path}${query}#${placeAnchor(code)}`}
        tileUrl={config.MAP_TILE_URL}
        attribution={config.MAP_TILE_ATTRIBUTION}
      />
    </>
  );
}
