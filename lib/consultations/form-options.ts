// What the consultation form offers: the institution's minimum duration, the
// spheres in force, and the region with its powiats and gminas.
import { DAY_MS } from "@/lib/consultations/lifecycle";
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";
import type { Locale } from "@/lib/i18n/locales";
import { listRegionGminasByPowiat, listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { regionNameFor } from "@/lib/settings/region";
import { getInstanceSettings } from "@/lib/settings/queries";

export type ConsultationFormOptions = {
  minDays: number;
  spheres: { id: string; label: string }[];
  territories: { code: string; label: string }[];
};

export async function consultationFormOptions(minDays: number, locale: Locale): Promise<ConsultationFormOptions> {
  const settings = await getInstanceSettings();
  const [spheres, groups] = await Promise.all([listSpheresInForce(), listRegionGminasByPowiat(settings.regionCode)]);
  return {
    minDays,
    spheres: spheres.map((sphere) => ({ id: sphere.id, label: `${sphere.code}. ${sphereName(sphere, locale)}` })),
    territories: [
      { code: settings.regionCode, label: regionNameFor(settings.region.name, locale) },
      ...groups.flatMap((group) => [
        ...(group.cityWithPowiatRights ? [] : [{ code: group.powiatCode, label: `powiat ${group.powiat}` }]),
        ...group.gminas.map((gmina) => ({ code: gmina.code, label: `${gmina.name} (${group.cityWithPowiatRights ? group.powiat : `pow. ${group.powiat}`})` })),
      ]),
    ],
  };
}

/** A new consultation's suggested dates: tomorrow at 8:00 Polish time, for the minimum number of days. */
export function suggestedDates(minDays: number, now = new Date()): { startsAt: string; endsAt: string } {
  const starts = polishLocalToDate(`${dateToPolishLocal(new Date(now.getTime() + DAY_MS)).slice(0, 10)}T08:00`)!;
  return { startsAt: dateToPolishLocal(starts), endsAt: dateToPolishLocal(new Date(starts.getTime() + minDays * DAY_MS)) };
}
