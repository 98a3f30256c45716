// The abbreviations a query's words stand for ("KGW" is also searched as
// "koło gospodyń wiejskich": the search_lexicon migration's
// "SearchAbbreviation"), so a results page can say why a name without the
// abbreviation was found. The table is small and read by its primary key.
import "server-only";
import { db } from "@/lib/db/client";
import { queryWords } from "@/lib/search/forgiving";
import { foldWord } from "@/lib/search/lexicon/words";

export interface ExpandedAbbreviation {
  /** As organisations write it: "KGW". */
  abbreviation: string;
  /** As a name is written: "Koło Gospodyń Wiejskich". */
  expansion: string;
}

/** Small words a Polish name leaves in lower case ("na rzecz", "z", "i"). */
const LOWER = new Set(["a", "i", "o", "u", "w", "we", "z", "ze", "na", "do", "dla", "od", "po", "przy", "rzecz"]);

/** "koło gospodyń wiejskich" → "Koło Gospodyń Wiejskich"; the table keeps expansions in lower case. */
export function asName(expansion: string): string {
  return expansion
    .split(" ")
    .map((word, i) => (i > 0 && LOWER.has(word) ? word : word.charAt(0).toLocaleUpperCase("pl") + word.slice(1)))
    .join(" ");
}

/** The query's words that are abbreviations, each with what it stands for (one word may stand for two names). */
export async function expandedAbbreviations(q: string | undefined): Promise<ExpandedAbbreviation[]> {
  const words = [...new Set(queryWords(q ?? "").map(foldWord))].slice(0, 12);
  if (words.length === 0) return [];
  const rows = await db().$queryRaw<{ abbreviation: string; expansion: string }[]>`
    SELECT abbreviation, expansion FROM "SearchAbbreviation"
    WHERE abbreviation = ANY(${words}::text[])
    ORDER BY array_position(${words}::text[], abbreviation), expansion`;
  return rows.map((row) => ({ abbreviation: row.abbreviation.toUpperCase(), expansion: asName(row.expansion) }));
}
