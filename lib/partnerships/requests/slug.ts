// A request's address: words of its title and a short random suffix. The
// suffix keeps it apart from the static addresses beside it
// (/partnerstwa/mapa, /partnerstwa/moje…), which a title alone could take
// ("Mapa" as a title), and makes guessing other requests' addresses pointless.
import { randomBytes } from "node:crypto";
import { slugify } from "@/lib/text/slug";

/** Segments of the pages next to a request's page, in every language (lib/i18n/routing.ts). */
export const RESERVED_SLUGS: readonly string[] = [
  "mapa",
  "map",
  "karte",
  "moje",
  "mine",
  "meine",
  "dla-ciebie",
  "for-you",
  "fuer-sie",
  "nowe-zapytanie",
  "new-request",
  "neue-anfrage",
  "umowy",
  "agreements",
  "vereinbarungen",
];

const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** Five letters or digits, without look-alikes (l, 1, o, 0). */
export function slugSuffix(bytes: Uint8Array = randomBytes(5)): string {
  return [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

/** The title's words (at most 60 characters) and the suffix: "kuchnia-dla-seniorow-7kq2m". */
export function requestSlug(title: string, suffix = slugSuffix()): string {
  const words = slugify(title, 60) || "zapytanie";
  return `${words}-${suffix}`;
}
