// Exposure: the first time a day a request's suggestions are shown, the
// organisations in its top 10 are counted for the day, and the score lowers the rank of those
// counted most in the last week (lib/partnerships/score/combine.ts rankKey).
import { db } from "@/lib/db/client";
import { EXPOSURE_DAYS } from "@/lib/partnerships/suggestions/candidates";
import { polishToday } from "@/lib/partnerships/settings/today";

export const EXPOSED_TOP = 10;

export function exposureSince(now: Date): Date {
  return new Date(polishToday(now).getTime() - (EXPOSURE_DAYS - 1) * 86_400_000);
}

/**
 * Request-days already counted by this process: a request's top 10 counts
 * once a day, however often its author looks (a refresh is not a new
 * showing), and the page's views do not queue on the same counter rows.
 */
const counted = new Set<string>();

export async function recordExposure(requestId: string, organisationIds: readonly string[], now: Date): Promise<void> {
  const ids = [...new Set(organisationIds)].slice(0, EXPOSED_TOP).sort();
  const key = `${polishToday(now).toISOString().slice(0, 10)}:${requestId}`;
  if (ids.length === 0 || counted.has(key)) return;
  if (counted.size > 10_000) counted.clear();
  counted.add(key);
  await db().$executeRaw`
    INSERT INTO "PartnerSuggestionExposure" ("organisationId", day, "shownCount")
    SELECT id, ${polishToday(now)}::date, 1 FROM unnest(${ids}::text[]) AS id
    ON CONFLICT ("organisationId", day) DO UPDATE SET "shownCount" = "PartnerSuggestionExposure"."shownCount" + 1`;
}
