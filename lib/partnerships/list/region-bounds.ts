// The region's corners on the map (from its gminas' points), for the first
// view of the requesters' map, as the directory's map frames it.
import "server-only";
import { listRegionGminasByPowiat } from "@/lib/reference-data/queries";
import { getInstanceSettings } from "@/lib/settings/queries";

export async function regionBounds(): Promise<[[number, number], [number, number]] | null> {
  const settings = await getInstanceSettings();
  const gminas = (await listRegionGminasByPowiat(settings.regionCode)).flatMap((group) => group.gminas);
  const placed = gminas.filter((g) => g.latitude !== null && g.longitude !== null);
  if (placed.length === 0) return null;
  const latitudes = placed.map((g) => g.latitude!);
  const longitudes = placed.map((g) => g.longitude!);
  return [
    [Math.min(...latitudes), Math.min(...longitudes)],
    [Math.max(...latitudes), Math.max(...longitudes)],
  ];
}
