import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { InstitutionKind } from "@/lib/generated/prisma/enums";

export async function createInstitution(
  overrides: { name?: string; kind?: InstitutionKind; territoryCode?: string } = {},
) {
  return db().institution.create({
    data: {
      slug: `institution-${randomUUID().slice(0, 8)}`,
      name: overrides.name ?? "Urząd Gminy Testowej",
      kind: overrides.kind ?? "GMINA_OFFICE",
      territoryCode: overrides.territoryCode ?? "1609032",
    },
  });
}
