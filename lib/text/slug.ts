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
