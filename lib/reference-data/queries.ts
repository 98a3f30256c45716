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
    db().territory.count({ where: { voivodeshipCode: regionCode, kind: { in: ["POWIAT", "CITY_WITH_POWIAT_RIGHTS"] } } }),
    db().territory.count({ where: { voivodeshipCode: regionCode, kind: { in: [...GMINA_KINDS] } } }),
  ]);
  return { powiats, gminas };
});
