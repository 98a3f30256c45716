// Distance between the seats: haversine kilometres between gmina centroids,
// with the same gmina scoring fully and the same powiat (first four TERYT
// digits) at least SAME_POWIAT. A request's territories and radius are
// requirements: a candidate outside them is named as not meeting them, and
// its distance value drops to zero (combine.ts also lowers the whole score).
import {
  clamp01,
  type CandidateFacts,
  type ComponentResult,
  type RequestFacts,
  type Seat,
  type Unmet,
} from "@/lib/partnerships/score/types";

/** Beyond this many kilometres distance adds nothing (about the width of a voivodeship). */
export const FAR_KM = 150;
const SAME_POWIAT = 0.85;
const EARTH_RADIUS_KM = 6371;

export function haversineKm(a: Pick<Seat, "latitude" | "longitude">, b: Pick<Seat, "latitude" | "longitude">): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a TERYT code lies in one of the territories (a powiat covers its gminas: prefix). */
export function withinTerritories(code: string, territories: readonly string[]): boolean {
  return territories.some((territory) => code.startsWith(territory) || territory.startsWith(code));
}

const samePowiat = (a: string, b: string) => a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);

export function distanceScore(
  request: Pick<RequestFacts, "seat" | "radiusKm" | "territoryCodes">,
  candidate: Pick<CandidateFacts, "seat">,
): ComponentResult {
  const unmet: Unmet[] = [];
  const from = request.seat;
  const to = candidate.seat;
  if (request.territoryCodes.length > 0 && (!to || !withinTerritories(to.territoryCode, request.territoryCodes)))
    unmet.push({ code: "outsideTerritory", hard: true });
  // Without both centroids the distance is unknown: a middle value, and the radius cannot be checked.
  if (!from || !to) return { value: unmet.length > 0 ? 0 : 0.5, reasons: [], unmet };
  const km = Math.round(haversineKm(from, to));
  if (request.radiusKm !== null && km > request.radiusKm)
    unmet.push({ code: "outsideRadius", km, radiusKm: request.radiusKm, hard: true });
  if (unmet.length > 0) return { value: 0, reasons: [{ code: "distance", km }], unmet };
  if (from.territoryCode === to.territoryCode) return { value: 1, reasons: [{ code: "sameGmina" }], unmet };
  const byKm = clamp01(1 - km / FAR_KM);
  if (samePowiat(from.territoryCode, to.territoryCode))
    return { value: Math.max(SAME_POWIAT, byKm), reasons: [{ code: "samePowiat", km }], unmet };
  return { value: byKm, reasons: [{ code: "distance", km }], unmet };
}
