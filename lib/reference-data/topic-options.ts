// The spheres in force and the region's units (the region, its powiats and
// gminas), as forms offer them for what a record concerns.
import type { Locale } from "@/lib/i18n/locales";
import { listRegionGminasByPowiat, listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { regionNameFor } from "@/lib/settings/region";
import { getInstanceSettings } from "@/lib/settings/queries";

export type TopicOptions = { spheres: { id: string; label: string }[]; territories: { code: string; label: string }[] };

export async function topicOptions(locale: Locale): Promise<TopicOptions> {
  const settings = await getInstanceSettings();
  const [spheres, groups] = await Promise.all([listSpheresInForce(), listRegionGminasByPowiat(settings.regionCode)]);
  return {
    spheres: spheres.map((sphere) => ({ id: sphere.id, label: `${sphere.code}. ${sphereName(sphere, locale)}` })),
    territories: [
      { code: settings.regionCode, label: regionNameFor(settings.region.name, locale) },
      ...groups.flatMap((group) => [
        ...(group.cityWithPowiatRights ? [] : [{ code: group.powiatCode, label: `powiat ${group.powiat}` }]),
        ...group.gminas.map((gmina) => ({
          code: gmina.code,
          label: `${gmina.name} (${group.cityWithPowiatRights ? group.powiat : `pow. ${group.powiat}`})`,
        })),
      ]),
    ],
  };
}

/** The region's powiats and gminas as a filter's options (a powiat covers its gminas). */
export async function territoryFilterOptions(): Promise<{ value: string; label: string; lang: string }[]> {
  const settings = await getInstanceSettings();
  const groups = await listRegionGminasByPowiat(settings.regionCode);
  return groups.flatMap((group) => [
    ...(group.cityWithPowiatRights ? [] : [{ value: group.powiatCode, label: `powiat ${group.powiat}`, lang: "pl" }]),
    ...group.gminas.map((gmina) => ({
      value: gmina.code,
      label: `${gmina.name} (${group.cityWithPowiatRights ? group.powiat : `pow. ${group.powiat}`})`,
      lang: "pl",
    })),
  ]);
}

/** The spheres in force as a filter's options: "3. <name>" in the reader's language, the sphere's id as the value. */
export async function sphereFilterOptions(locale: Locale): Promise<{ value: string; label: string }[]> {
  const spheres = await listSpheresInForce();
  return spheres.map((sphere) => ({ value: sphere.id, label: `${sphere.code}. ${sphereName(sphere, locale)}` }));
}
