import { useTranslations } from "next-intl";
import { OrganisationsMap, type MapGmina } from "@/components/directory/organisations-map";
import type { GminaGroups } from "@/lib/reference-data/queries";

interface Props {
  counts: Record<string, number>;
  gminaGroups: GminaGroups;
  href: (gmina: string) => string;
  tileUrl: string;
  attribution: string;
}

/** The map beside the list: gminas with organisations for the current criteria, at their map points. */
export function DirectoryMapSection({ counts, gminaGroups, href, tileUrl, attribution }: Props) {
  const t = useTranslations("directory");
  const tUi = useTranslations("ui");
  const gminas = gminaGroups.flatMap((group) => group.gminas);
  const placed = gminas.filter((g) => g.latitude !== null && g.longitude !== null);
  const unplaced = gminas.filter((g) => (g.latitude === null || g.longitude === null) && (counts[g.code] ?? 0) > 0);
  if (placed.length === 0) return null;
  const markers: MapGmina[] = placed
    .filter((g) => (counts[g.code] ?? 0) > 0)
    .map((g) => ({
      code: g.code,
      name: g.name,
      latitude: g.latitude!,
      longitude: g.longitude!,
      count: counts[g.code]!,
      href: href(g.code),
      label: t("mapMarker", { gmina: g.name, count: counts[g.code]! }),
      title: t("mapShow", { gmina: g.name }),
    }));
  const latitudes = placed.map((g) => g.latitude!);
  const longitudes = placed.map((g) => g.longitude!);
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...latitudes), Math.min(...longitudes)],
    [Math.max(...latitudes), Math.max(...longitudes)],
  ];
  return (
    <section aria-labelledby="directory-map-heading">
      <h2 id="directory-map-heading" className="text-2xl font-bold">
        {t("mapHeading")}
      </h2>
      <p className="my-3 text-slate-800">{t("mapIntro")}</p>
      <noscript>
        <p className="my-3">{t("mapUnavailable")}</p>
      </noscript>
      <OrganisationsMap
        gminas={markers}
        bounds={bounds}
        tileUrl={tileUrl}
        attribution={attribution}
        label={t("mapLabel")}
        zoomLabels={{ zoomIn: tUi("mapZoomIn"), zoomOut: tUi("mapZoomOut") }}
        tilesFailed={tUi("mapTilesFailed")}
      />
      {unplaced.length > 0 && (
        <p className="mt-2 text-sm">
          {t("mapMissing", { count: unplaced.length, names: unplaced.map((g) => g.name).join(", ") })}
        </p>
      )}
    </section>
  );
}
