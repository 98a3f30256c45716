// The name a downloaded file is saved under. An official saving a dozen offers
// into a case folder must tell them apart by name (UX review F-D1: every
// offer came as "oferta-<checksum>-wersja-1.pdf"), so the name says what the
// file is and whose it is, in ASCII (Polish letters transliterated: some mail
// gateways and archive tools still mangle anything else), short enough for
// a Windows path, and ends with an id that keeps two similar names apart.
import { slugify } from "@/lib/text/slug";

/** The whole name's cap, extension included: inside a Windows path (260) with a case folder's hundred characters. */
export const MAX_DOWNLOAD_NAME = 140;

/** A part of the name: its text and how many characters of its slug it may take (whole words where they fit). */
export type NamePart = string | { text: string; max: number };

const DEFAULT_PART_MAX = 40;

/** The slug cut at a hyphen before `max` when one leaves at least half of it, else mid-word. */
function capped(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf("-");
  return (cut >= max / 2 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/, "");
}

/**
 * The parts slugged ("Fundacja Łąka" → "fundacja-laka"), each within its cap,
 * joined by hyphens, then `tail` (kept whole: the version and the id that
 * make the name unique) and the extension. Empty parts are left out; the
 * descriptive parts give way from their end when the whole would pass
 * MAX_DOWNLOAD_NAME.
 */
export function downloadName(parts: readonly NamePart[], tail: readonly string[], extension: string): string {
  const ext =
    extension
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 8) || "bin";
  const kept = tail.map((piece) => slugify(piece, 40)).filter(Boolean);
  const slugs = parts
    .map((part) => (typeof part === "string" ? { text: part, max: DEFAULT_PART_MAX } : part))
    .map(({ text, max }) => capped(slugify(text, 200), max))
    .filter(Boolean);
  const room = MAX_DOWNLOAD_NAME - `.${ext}`.length;
  let name = [...slugs, ...kept].join("-");
  if (name.length > room) {
    const end = kept.length > 0 ? `-${kept.join("-")}` : "";
    name = capped(slugs.join("-"), room - end.length) + end;
  }
  return `${name.replace(/^-+/, "") || "plik"}.${ext}`;
}

/** The extension of an uploaded file's own name ("Statut.PDF" → "pdf"), or "bin" when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : "bin";
}
