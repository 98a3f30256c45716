import { db } from "@/lib/db/client";
import { requestRowBySlug, requestFactsOf } from "@/lib/partnerships/suggestions/request-facts";
import { nearGminas, seatLookup, codesUnder } from "@/lib/partnerships/suggestions/seats";
import { placeOf } from "@/lib/partnerships/suggestions/for-request";
async function main() {
  const request = (await requestRowBySlug("bench-partnerstwo"))!;
  const seatOf = await seatLookup();
  const facts = requestFactsOf(request, seatOf);
  const near = await nearGminas(facts.seat, facts.radiusKm, facts.territoryCodes);
  const place = await codesUnder(placeOf(facts.territoryCodes, request.authorSeatCode));
  console.log("place codes", place.length, "near", near.length, facts.neededCompetences, facts.neededResources, facts.sphereIds.length);
  const count = await db().$queryRaw<any[]>`SELECT count(*)::int n FROM "Organisation" o JOIN "PartnershipProfile" p ON p."organisationId"=o.id WHERE o."seatTerritoryCode" = ANY(${place}::text[]) AND p."openToPartnerships"`;
  console.log("in place & open", count[0].n);
  const nc=[...facts.neededCompetences], nr=[...facts.neededResources], spheres=[...facts.sphereIds];
  const plan = await db().$queryRaw<any[]>`EXPLAIN (ANALYZE, BUFFERS) SELECT o.id FROM "Organisation" o CROSS JOIN LATERAL (
        SELECT p."offeredCompetences", p."offeredResources" FROM "PartnershipProfile" p
        WHERE p."organisationId" = o.id AND p."openToPartnerships" OFFSET 0) p
      WHERE o."seatTerritoryCode" = ANY(${place}::text[])
        AND o.id IS DISTINCT FROM ${request.organisationId}
      ORDER BY
        3 * (SELECT count(*) FROM unnest(p."offeredCompetences") c WHERE c = ANY(${nc}::text[]))
        + 3 * (SELECT count(*) FROM unnest(p."offeredResources") c WHERE c = ANY(${nr}::text[]))
        + 2 * (SELECT count(*) FROM "OrganisationSphere" s WHERE s."organisationId" = o.id AND s."sphereId" = ANY(${spheres}::text[]))
        + (o."seatTerritoryCode" = ANY(${near}::text[]))::int DESC,
        o.id
      LIMIT 200`;
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
  process.exit(0);
}
main();
