import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

const kindOrder = { VOIVODESHIP_OFFICE: 0, POWIAT_OFFICE: 1, GMINA_OFFICE: 2 } as const;

export const listInstitutionsInRegion = cache(async (regionCode: string) => {
  const institutions = await db().institution.findMany({
    where: { territory: { voivodeshipCode: regionCode } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true },
  });
  return institutions.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, "pl"));
});
