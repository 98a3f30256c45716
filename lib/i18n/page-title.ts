// Every page's <title> says where one is (WCAG 2.4.2, issue 24): the page,
// the area of the platform it belongs to, the platform, most specific first,
// as "Thread title · Forum · Platform name". Client-safe (no server code), so
// it is tested on its own; lib/i18n/metadata.ts finds the words.

/** The areas a title names: the header's main areas and the signed-in person's own parts (keys of `nav`). */
export type TitleArea =
  | "consultations"
  | "competitions"
  | "elections"
  | "organisations"
  | "institutions"
  | "news"
  | "forum"
  | "library"
  | "ideas"
  | "partnerships"
  | "notifications"
  | "account"
  | "administration";

export const TITLE_SEPARATOR = " · ";

/**
 * The title from its parts, most specific first. An empty part is left out,
 * and so is one that only repeats the part before it (the forum's list is
 * "Forum · Platform", not "Forum · Forum · Platform").
 */
export function composeTitle(parts: readonly (string | null | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    const text = part?.trim();
    if (!text) continue;
    if (kept.length > 0 && kept[kept.length - 1]!.toLocaleLowerCase() === text.toLocaleLowerCase()) continue;
    kept.push(text);
  }
  return kept.join(TITLE_SEPARATOR);
}
