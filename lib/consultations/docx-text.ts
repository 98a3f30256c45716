// A DOCX turned into the consulted text's plain form. mammoth reads the
// document's structure (headings, paragraphs, lists); Word's automatic
// numbering is not in the text itself, so list items get their numbers back
// the way Polish legal drafting writes them: "1." at the first level (ust.),
// "1)" at the second (pkt), "a)" at the third (lit.). Headings become
// Markdown headings, for documents split by headings.
import mammoth from "mammoth";
import { readWithin, zipWithinBounds } from "@/lib/files/zip-bounds";

type Token = { type: "open" | "close"; tag: string } | { type: "text"; text: string };

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[3] !== undefined) tokens.push({ type: "text", text: match[3] });
    else tokens.push({ type: match[1] ? "close" : "open", tag: match[2]!.toLowerCase() });
  }
  return tokens;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");

const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1);
const marker = (depth: number, n: number, ordered: boolean) =>
  !ordered ? "– " : depth === 1 ? `${n}. ` : depth === 2 ? `${n}) ` : `${letter(n)}) `;

/** The HTML mammoth produces, as lines of text with list numbers restored. */
export function htmlToConsultationText(html: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let current = "";
  let heading = 0;
  const flush = (blankAfter = false) => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) lines.push(heading ? `${"#".repeat(Math.min(heading, 6))} ${text}` : text);
    if (text && (blankAfter || heading)) lines.push("");
    current = "";
  };
  for (const token of tokenize(html)) {
    if (token.type === "text") {
      current += decode(token.text);
      continue;
    }
    const { tag } = token;
    if (token.type === "open") {
      if (tag === "ol" || tag === "ul") {
        flush();
        lists.push({ ordered: tag === "ol", count: 0 });
      } else if (tag === "li") {
        flush();
        const list = lists.at(-1);
        if (list) {
          list.count += 1;
          current = marker(lists.length, list.count, list.ordered);
        }
      } else if (/^h[1-6]$/.test(tag)) {
        flush();
        heading = Number(tag[1]);
      } else if (tag === "br") current += "\n";
    } else if (tag === "ol" || tag === "ul") {
      flush();
      lists.pop();
    } else if (/^h[1-6]$/.test(tag)) {
      flush();
      heading = 0;
    } else if (tag === "p" || tag === "li" || tag === "tr") {
      // Paragraphs outside lists are separated by a blank line, as Markdown wants.
      flush(lists.length === 0 && tag === "p");
    }
  }
  flush();
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text; ArchiveBoundsError for a zip bomb or a document that takes too long to read. */
export async function docxToConsultationText(bytes: Uint8Array): Promise<string> {
  if (!zipWithinBounds(bytes)) throw new Error("not a readable archive");
  const { value } = await readWithin(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  return htmlToConsultationText(value);
}
