// A post's text as a short plain excerpt for search results: mentions as
// "@Name", Markdown's marks and link targets dropped, whitespace collapsed.
import { mentionsAsText } from "@/lib/forum/mentions";

/**
 * The whole of a post's wording as plain text, line breaks kept, when its
 * excerpt of `length` characters is cut short (null when the excerpt is all).
 */
export function wholePlainText(body: string, length: number): string | null {
  if (!plainExcerpt(body, length).endsWith("…")) return null;
  return mentionsAsText(body)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function plainExcerpt(body: string, length = 240): string {
  const text = mentionsAsText(body)
    .replace(/^\s{0,3}(>\s?)+/gm, "")
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, "")}…`;
}
