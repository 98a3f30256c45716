// The typo fallback shared by every search (issue 24): when a query finds
// nothing, each of its words that finds nothing on its own is replaced by the
// nearest word of the names and titles ("SearchWord": trigram distance, then
// at most one edit for words of up to five letters and two for longer ones),
// and the module searches again with the corrected query, which the page
// offers as "did you mean …". Words that do find something stay as typed, so
// a correction never replaces what the reader meant; exact matches always
// come first because the correction is tried only when there are none.
import { db } from "@/lib/db/client";
import { foldWord } from "@/lib/search/lexicon/words";

/** A query's corrected form: the text to search and show, and which words changed. */
export interface QueryCorrection {
  query: string;
  changed: { from: string; to: string }[];
}

/** The words people type, as they typed them; separators between them are kept only as spaces. */
export function queryWords(q: string): string[] {
  return q.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}

/** Words of a query that may be corrected; the rest stay as typed. */
export const MAX_CORRECTED_WORDS = 5;

/** Edits a word may be away from its correction: short words are easily another real word. */
export function allowedEdits(folded: string): number {
  return folded.length <= 5 ? 1 : 2;
}

/** The nearest vocabulary word within the allowed edits, or undefined. */
export async function nearestWord(word: string): Promise<{ word: string; display: string } | undefined> {
  const folded = foldWord(word);
  // Shorter words have too few trigrams to be told apart; the lexicon serves them ("psa" → pies).
  if (folded.length < 4 || !/^[a-z0-9]+$/.test(folded)) return undefined;
  // The GiST index gives the nearest few by trigram distance; levenshtein then decides.
  const [best] = await db().$queryRaw<{ word: string; display: string }[]>`
    SELECT word, display FROM (
      SELECT word, display, word <-> ${folded} AS distance FROM "SearchWord"
      ORDER BY word <-> ${folded} LIMIT 8
    ) nearest
    WHERE word <> ${folded} AND levenshtein(word, ${folded}) <= ${allowedEdits(folded)}
    ORDER BY levenshtein(word, ${folded}), distance, word
    LIMIT 1`;
  return best;
}

/**
 * The corrected query, or undefined when no word could be corrected.
 * `finds(word)` says whether one word alone finds anything where the module
 * searches (with what the reader may see), so a word is replaced only there.
 */
export async function correctQuery(
  q: string,
  finds: (word: string) => Promise<boolean>,
): Promise<QueryCorrection | undefined> {
  const words = queryWords(q).slice(0, 12);
  // Each word checked costs two queries and any visitor can ask: the first few words are enough to forgive.
  const nearest = await Promise.all(
    words.map(async (word, i) => (i >= MAX_CORRECTED_WORDS || (await finds(word)) ? undefined : nearestWord(word))),
  );
  const changed = words.flatMap((from, i) => (nearest[i] ? [{ from, to: nearest[i].display }] : []));
  const corrected = words.map((word, i) => nearest[i]?.display ?? word);
  return changed.length > 0 ? { query: corrected.join(" "), changed } : undefined;
}

/**
 * What a list that searches by ids (news, library, consultations) finds for
 * `q`, or, when that is nothing, for its corrected form, with the correction.
 * `search(q, limit)` gives the ids the query finds where and as the list
 * searches; a word is checked with a limit of one.
 */
export async function idsOrCorrected(
  q: string,
  search: (q: string, limit?: number) => Promise<string[]>,
): Promise<{ ids: string[]; correction?: QueryCorrection }> {
  const ids = await search(q);
  if (ids.length > 0) return { ids };
  const correction = await correctQuery(q, async (word) => (await search(word, 1)).length > 0);
  if (!correction) return { ids };
  const corrected = await search(correction.query);
  return corrected.length > 0 ? { ids: corrected, correction } : { ids };
}
