// URL slugs from Polish names: "Zielona Odra – Łąki" → "zielona-odra-laki".
// "ł" has no Unicode decomposition, so it is mapped by hand.
export function slugify(text: string, maxLength = 80): string {
  return text
    .toLocaleLowerCase("pl")
    .replace(/ł/g, "l")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

/** `base`, or `base-2`, `base-3`… : the first address `isTaken` says is free. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(slug))) return slug;
  }
}
