import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { GMINA_KINDS } from "@/lib/reference-data/territories";

/** Spheres in force on `on` (default: today), in statutory order. */
export const listSpheresInForce = cache(async (on: Date = new Date()) =>
  db().publicBenefitSphere.findMany({
    where: {
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: on } }] },
        { OR: [{ validTo: null }, { validTo: { gt: on } }] },
      ],
    },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true, verification: true, legalBasis: true },
  }),
);

export const countRegionUnits = cache(async (regionCode: string) => {
  const [powiats, gminas] = await Promise.all([
    db().territory.count({
      where: { voivodeshipCode: regionCode, kind: { in: ["POWIAT", "CITY_WITH_POWIAT_RIGHTS"] } },
    }),
    db().territory.count({ where: { voivodeshipCode: regionCode, kind: { in: [...GMINA_KINDS] } } }),
  ]);
  return { powiats, gminas };
});

/** The region's gminas grouped by powiat (a city with powiat rights is its own group), for seat pickers. */
export const listRegionGminasByPowiat = cache(async (regionCode: string) => {
  const gminas = await db().territory.findMany({
    where: { voivodeshipCode: regionCode, kind: { in: [...GMINA_KINDS] } },
    select: {
      code: true,
      name: true,
      kind: true,
      powiatCode: true,
      latitude: true,
      longitude: true,
      parent: { select: { name: true, kind: true } },
    },
  });
  const groups = new Map<
    string,
    {
      powiatCode: string;
      powiat: string;
      cityWithPowiatRights: boolean;
      gminas: { code: string; name: string; kind: string; latitude: number | null; longitude: number | null }[];
    }
  >();
  for (const gmina of gminas) {
    const key = gmina.powiatCode ?? "";
    const group = groups.get(key) ?? {
      powiatCode: key,
      powiat: gmina.parent?.name ?? "",
      cityWithPowiatRights: gmina.parent?.kind === "CITY_WITH_POWIAT_RIGHTS",
      gminas: [],
    };
    group.gminas.push({
      code: gmina.code,
      name: gmina.name,
      kind: gmina.kind,
      latitude: gmina.latitude,
      longitude: gmina.longitude,
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, gminas: group.gminas.sort((a, b) => a.name.localeCompare(b.name, "pl")) }))
    .sort((a, b) => a.powiat.localeCompare(b.powiat, "pl"));
});
export type GminaGroups = Awaited<ReturnType<typeof listRegionGminasByPowiat>>;
