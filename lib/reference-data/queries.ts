import "server-only";
import { cache } from "react";
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { db } from "@/lib/db/client";
import { GMINA_KINDS } from "@/lib/reference-data/territories";

// Spheres and territories change only when the launcher seeds a new register
// or statute, yet every list's filters and every form read them: kept in the
// process for a while (any change to public data empties the cache too), and
// frozen, because every request shares the same objects.
const REFERENCE_TTL_MS = 10 * 60_000;
const referenceCache = new TtlCache<Promise<unknown>>({ ttlMs: REFERENCE_TTL_MS, maxEntries: 64 });

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** `load()`'s answer kept under `key` with the other reference data. */
export function keptReference<V>(key: string, load: () => Promise<V>): Promise<V> {
  return keptOrLoaded(referenceCache as TtlCache<Promise<V>>, key, async () => deepFreeze(await load()));
}

/** Spheres in force on `on` (default: today), in statutory order. */
export const listSpheresInForce = cache((on: Date = new Date()) =>
  keptReference(`spheres:${on.toISOString().slice(0, 10)}`, () => readSpheresInForce(on)),
);

function readSpheresInForce(on: Date) {
  return db().publicBenefitSphere.findMany({
    where: {
      AND: [
        { OR: [{ validFrom: null }, { validFrom: { lte: on } }] },
        { OR: [{ validTo: null }, { validTo: { gt: on } }] },
      ],
    },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true, verification: true, legalBasis: true },
  });
}

export const countRegionUnits = cache((regionCode: string) =>
  keptReference(`units:${regionCode}`, () => readRegionUnitCounts(regionCode)),
);

async function readRegionUnitCounts(regionCode: string) {
  const [powiats, gminas] = await Promise.all([
    db().territory.count({
      where: { voivodeshipCode: regionCode, kind: { in: ["POWIAT", "CITY_WITH_POWIAT_RIGHTS"] } },
    }),
    db().territory.count({ where: { voivodeshipCode: regionCode, kind: { in: [...GMINA_KINDS] } } }),
  ]);
  return { powiats, gminas };
}

/** The region's gminas grouped by powiat (a city with powiat rights is its own group), for seat pickers. */
export const listRegionGminasByPowiat = cache((regionCode: string) =>
  keptReference(`gminas:${regionCode}`, () => readRegionGminasByPowiat(regionCode)),
);

async function readRegionGminasByPowiat(regionCode: string) {
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
}
export type GminaGroups = Awaited<ReturnType<typeof listRegionGminasByPowiat>>;
