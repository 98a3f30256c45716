import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export const countOrganisationsInRegion = cache(async (regionCode: string) =>
  db().organisation.count({ where: { seatTerritory: { voivodeshipCode: regionCode } } }),
);

export const listRecentOrganisations = cache(async (regionCode: string, take = 6) =>
  db().organisation.findMany({
    where: { seatTerritory: { voivodeshipCode: regionCode } },
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      hasPublicBenefitStatus: true,
      seatTerritory: { select: { name: true } },
      spheres: { select: { sphere: { select: { code: true, namePl: true, nameEn: true, nameDe: true } } } },
    },
  }),
);
