// What records (news, library documents) say they concern: spheres in force
// and units of this region, checked against the database (ids from forms are
// claims), and the list filter that matches a territory.
import type { Prisma } from "@/lib/generated/prisma/client";
import { regionCode } from "@/lib/settings/platform-name";

/** Of the ids and codes a form sent, those that exist: spheres in force, the region and its units. */
export async function knownTopics(
  tx: Prisma.TransactionClient,
  topics: { sphereIds: string[]; territoryCodes: string[] },
): Promise<{ sphereIds: string[]; territoryCodes: string[] }> {
  const region = await regionCode();
  const [spheres, territories] = await Promise.all([
    tx.publicBenefitSphere.findMany({ where: { id: { in: topics.sphereIds }, validTo: null }, select: { id: true } }),
    tx.territory.findMany({
      where: { code: { in: topics.territoryCodes }, OR: [{ code: region }, { voivodeshipCode: region }] },
      select: { code: true },
    }),
  ]);
  return { sphereIds: spheres.map((s) => s.id), territoryCodes: territories.map((t) => t.code) };
}

/**
 * A record's territory row matching a filter's territory: the unit itself,
 * any unit inside it (TERYT prefix), or the unit enclosing it (a powiat's
 * news concerns its gminas too).
 */
export function territoryRowMatch(code: string): {
  OR: ({ territoryCode: { startsWith: string } } | { territoryCode: { in: string[] } })[];
} {
  const enclosing = [code.slice(0, 2), code.slice(0, 4)].filter((prefix) => prefix.length < code.length);
  return {
    OR: [{ territoryCode: { startsWith: code } }, ...(enclosing.length ? [{ territoryCode: { in: enclosing } }] : [])],
  };
}
