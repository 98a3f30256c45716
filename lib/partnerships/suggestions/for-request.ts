// A request's suggested partners: preselected in SQL (candidates.ts), scored
// here with the administrators' weights, ranked with exposure, best first.
// Organisations not open to partnerships never reach the score: the SQL
// leaves them out, whatever else they would match. No "server-only" marker:
// the bench runs this in plain Node to measure its precision.
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { rankCandidates, scoreFit, type Fit } from "@/lib/partnerships/score/combine";
import { scoreWeights } from "@/lib/partnerships/settings/queries";
import { candidateFactsOf, preselectCandidates, type CandidateRow } from "@/lib/partnerships/suggestions/candidates";
import { EXPOSED_TOP, exposureSince, recordExposure } from "@/lib/partnerships/suggestions/exposure";
import { requestFactsOf, type RequestRow } from "@/lib/partnerships/suggestions/request-facts";
import { nearGminas, seatLookup } from "@/lib/partnerships/suggestions/seats";

export const SUGGESTIONS_SHOWN = 20;

/** Where candidates may sit: the request's territories, else the author's voivodeship (two TERYT digits), else anywhere. */
export function placeOf(territoryCodes: readonly string[], authorSeatCode: string | null): string[] {
  if (territoryCodes.length > 0) return [...territoryCodes];
  return [authorSeatCode ? authorSeatCode.slice(0, 2) : ""];
}

export interface Suggestion {
  id: string;
  organisation: Pick<CandidateRow, "id" | "slug" | "name" | "seatTerritoryCode">;
  fit: Fit;
  shownLastWeek: number;
}

/**
 * Ranked lists of the last minute, by request, day and length, dropped with
 * any change to public data (the request's own edits too: lib/cache/public-data.ts),
 * as the preselection they come from is: an author going back and forth
 * between the request and its suggestions is not scored again each time.
 * Kept as promises, so views arriving while a list is ranked (after any
 * change to public data, which drops them all) wait for that one ranking
 * instead of each reading the region again.
 */
const rankings = new TtlCache<Promise<Suggestion[]>>({ ttlMs: 60_000, maxEntries: 200 });

export async function suggestPartners(
  request: RequestRow,
  options: { now?: Date; limit?: number; recordShown?: boolean } = {},
): Promise<Suggestion[]> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? SUGGESTIONS_SHOWN;
  const key = JSON.stringify([request.id, exposureSince(now).toISOString(), limit]);
  const ranked = await keptOrLoaded(rankings, key, () => rankPartners(request, now, limit));
  if (options.recordShown)
    await recordExposure(
      request.id,
      ranked.slice(0, EXPOSED_TOP).map((s) => s.id),
      now,
    );
  return ranked;
}

async function rankPartners(request: RequestRow, now: Date, limit: number): Promise<Suggestion[]> {
  const [weights, seatOf] = await Promise.all([scoreWeights(), seatLookup()]);
  const facts = requestFactsOf(request, seatOf);
  const rows = await preselectCandidates(
    {
      neededCompetences: facts.neededCompetences,
      neededResources: facts.neededResources,
      sphereIds: facts.sphereIds,
      nearGminas: await nearGminas(facts.seat, facts.radiusKm, facts.territoryCodes),
      placePrefixes: placeOf(facts.territoryCodes, request.authorSeatCode),
      excludeOrganisationId: request.organisationId,
    },
    exposureSince(now),
  );
  const scored = rows.map((row) => ({
    id: row.id,
    organisation: { id: row.id, slug: row.slug, name: row.name, seatTerritoryCode: row.seatTerritoryCode },
    fit: scoreFit(facts, candidateFactsOf(row, seatOf), weights, now),
    shownLastWeek: row.shownLastWeek,
  }));
  return rankCandidates(scored, weights.exposurePenalty).slice(0, limit);
}
