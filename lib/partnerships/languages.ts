// Working languages as ISO 639-1 codes: the stored form, and the one the
// matching compares. Their names come from Intl.DisplayNames in the reader's
// language, so no catalogue has to translate 180 language names.

/** Every ISO 639-1 code (the two-letter list; "sh", withdrawn, is not in it). */
export const languageCodes = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el " +
    "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it " +
    "iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt " +
    "my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl " +
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo " +
    "za zu"
  ).split(" "),
);

/**
 * Offered as boxes to tick: Polish, the languages of the region's neighbours
 * and minorities (German, Czech, Slovak, Ukrainian) and the most common others.
 * Any other code is chosen from the full list.
 */
export const commonLanguages = ["pl", "de", "cs", "en", "uk", "sk", "ru", "fr", "es", "it"] as const;

export const isLanguageCode = (code: string): boolean => languageCodes.has(code);

/** Names languages in `locale`; the code itself where the runtime has no name (or knows no such locale). */
function namer(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    return (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  } catch {
    return (code) => code;
  }
}

/** The language's name in `locale` ("niemiecki", "German", "Deutsch"). */
export const languageName = (code: string, locale: string): string => namer(locale)(code);

/** The codes with their names in `locale`, ordered by name as that language sorts. */
export function namedLanguages(codes: Iterable<string>, locale: string): { code: string; name: string }[] {
  const name = namer(locale);
  return [...codes].map((code) => ({ code, name: name(code) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
