// Seats as points: the centroid of a gmina, or for an office of a powiat or a
// voivodeship the mean of its gminas' centroids. Territories do not change
// while the app runs, so the few thousand points are read once per process.
import { db } from "@/lib/db/client";
import { haversineKm } from "@/lib/partnerships/score/distance";
import type { Seat } from "@/lib/partnerships/score/types";

type Point = { latitude: number; longitude: number };
let centroids: Promise<Map<string, Point>> | null = null;

function gminaCentroids(): Promise<Map<string, Point>> {
  centroids ??= db()
    .territory.findMany({
      where: { latitude: { not: null }, longitude: { not: null } },
      select: { code: true, latitude: true, longitude: true },
    })
    .then((rows) => new Map(rows.map((row) => [row.code, { latitude: row.latitude!, longitude: row.longitude! }])))
    .catch((error: unknown) => {
      centroids = null;
      throw error;
    });
  return centroids;
}

let allCodes: Promise<string[]> | null = null;

/**
 * Every TERYT code under the prefixes ("" all): the seats a request's place
 * covers, given to SQL as a list so it reads organisations through the seat
 * index (with a subquery the planner scanned the whole table).
 */
export async function codesUnder(prefixes: readonly string[]): Promise<string[]> {
  allCodes ??= db()
    .territory.findMany({ select: { code: true } })
    .then((rows) => rows.map((row) => row.code))
    .catch((error: unknown) => {
      allCodes = null;
      throw error;
    });
  return (await allCodes).filter((code) => prefixes.some((prefix) => code.startsWith(prefix)));
}

/** Forgets the territories read (tests that add territories call it). */
export function forgetCentroids(): void {
  centroids = null;
  allCodes = null;
}

/** A function giving the seat of a TERYT code (null without any centroid under it). */
export async function seatLookup(): Promise<(code: string | null | undefined) => Seat | null> {
  const points = await gminaCentroids();
  const means = new Map<string, Seat | null>();
  return (code) => {
    if (!code) return null;
    const own = points.get(code);
    if (own) return { territoryCode: code, ...own };
    if (!means.has(code)) {
      const under = [...points].filter(([gmina]) => gmina.startsWith(code)).map(([, point]) => point);
      means.set(
        code,
        under.length === 0
          ? null
          : {
              territoryCode: code,
              latitude: under.reduce((sum, p) => sum + p.latitude, 0) / under.length,
              longitude: under.reduce((sum, p) => sum + p.longitude, 0) / under.length,
            },
      );
    }
    return means.get(code)!;
  };
}

/**
 * The gminas near a request, for the SQL preselection: those in its
 * territories, or within its radius (else NEAR_KM) of its seat. A bounding
 * box would be cheaper still, but the list is only a few thousand points.
 */
export const NEAR_KM = 40;
export async function nearGminas(seat: Seat | null, radiusKm: number | null, territories: readonly string[]) {
  const points = await gminaCentroids();
  if (territories.length > 0) return [...points.keys()].filter((code) => territories.some((t) => code.startsWith(t)));
  if (!seat) return [];
  const km = radiusKm ?? NEAR_KM;
  // A bounding box first (a degree of latitude is 111 km), then the true distance.
  const dLat = km / 111;
  const dLon = km / (111 * Math.cos((seat.latitude * Math.PI) / 180));
  return [...points]
    .filter(
      ([, p]) =>
        Math.abs(p.latitude - seat.latitude) <= dLat &&
        Math.abs(p.longitude - seat.longitude) <= dLon &&
        haversineKm(seat, p) <= km,
    )
    .map(([code]) => code);
}
