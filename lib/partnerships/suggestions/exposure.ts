// Exposure: each time a request's suggestions are shown, the organisations in
// its top 10 are counted for the day, and the score lowers the rank of those
// counted most in the last week (lib/partnerships/score/combine.ts rankKey).
import { db } from "@/lib/db/client";
import { EXPOSURE_DAYS } from "@/lib/partnerships/suggestions/candidates";
import { polishToday } from "@/lib/partnerships/settings/today";

export const EXPOSED_TOP = 10;

export function exposureSince(now: Date): Date {
  return new Date(polishToday(now).getTime() - (EXPOSURE_DAYS - 1) * 86_400_000);
}

export async function recordExposure(organisationIds: readonly string[], now: Date): Promise<void> {
  const ids = [...new Set(organisationIds)].slice(0, EXPOSED_TOP).sort();
  if (ids.length === 0) return;
  await db().$executeRaw`
    INSERT INTO "PartnerSuggestionExposure" ("organisationId", day, "shownCount")
    SELECT id, ${polishToday(now)}::date, 1 FROM unnest(${ids}::text[]) AS id
    ON CONFLICT ("organisationId", day) DO UPDATE SET "shownCount" = "PartnerSuggestionExposure"."shownCount" + 1`;
}
