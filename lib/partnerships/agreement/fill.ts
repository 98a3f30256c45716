// Fills a DOCX template's {{placeholders}} (lib/partnerships/agreement/placeholders.ts).
// Word splits text into runs wherever formatting, spell-checking or editing
// history changes, so a placeholder an administrator typed may lie across
// several runs ("{{req" + "uest.title}}"). Within each paragraph the text of
// its runs is read as one string; a placeholder that spans runs is moved
// whole into the run where it starts (taking that run's formatting), and the
// other runs keep the rest of their text. Values are XML-escaped, and line
// breaks become <w:br/>. A placeholder the platform does not know, or "{{"
// that never closes, refuses the template with its name, rather than
// leaving braces in a contract.
import JSZip from "jszip";
import { zipWithinBounds, readWithin } from "@/lib/files/zip-bounds";
import { isPlaceholderName, type PlaceholderValues } from "@/lib/partnerships/agreement/placeholders";

export type TemplateProblem = "NOT_DOCX" | "UNKNOWN_PLACEHOLDER" | "UNCLOSED_PLACEHOLDER";

export class TemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem,
    /** The placeholder (or the text after an unclosed "{{") to name in the message. */
    readonly placeholder = "",
  ) {
    super(`${problem}${placeholder ? `: ${placeholder}` : ""}`);
    this.name = "TemplateError";
  }
}

/** The parts of a DOCX that hold text a template may fill: the body, headers and footers. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** A text element, or a paragraph's start or end (the boundaries a placeholder may not cross). */
const TOKEN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:p[\s>]|<\/w:p>/g;
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z.]*)\s*\}\}/g;

interface TextElement {
  start: number;
  end: number;
  text: string;
  changed: boolean;
}

const escapeXml = (value: string) =>
  value
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/** A value as the inside of a w:t element: line breaks close the text, break, and open a new one. */
const valueXml = (value: string) =>
  value.replace(/\r\n?/g, "\n").split("\n").map(escapeXml).join('</w:t><w:br/><w:t xml:space="preserve">');

/** Moves each placeholder that spans several text elements of one paragraph into the first of them. */
function joinSplitPlaceholders(paragraph: TextElement[]): void {
  const full = paragraph.map((t) => t.text).join("");
  if (!full.includes("{{")) return;
  const offsets: number[] = [];
  let offset = 0;
  for (const element of paragraph) {
    offsets.push(offset);
    offset += element.text.length;
  }
  const elementAt = (position: number) =>
    offsets.findLastIndex((o, i) => o <= position && paragraph[i]!.text.length > 0);
  const matches = [...full.matchAll(PLACEHOLDER)];
  // Any "{{" not opening a well-formed placeholder.
  const covered = (position: number) => matches.some((m) => m.index <= position && position < m.index + m[0].length);
  for (let i = full.indexOf("{{"); i !== -1; i = full.indexOf("{{", i + 1))
    if (!covered(i)) throw new TemplateError("UNCLOSED_PLACEHOLDER", full.slice(i, i + 40));
  // From the right, so what is cut from an element never shifts a placeholder still to move.
  for (const match of matches.reverse()) {
    const from = elementAt(match.index);
    const to = elementAt(match.index + match[0].length - 1);
    if (from === to) continue;
    const first = paragraph[from]!;
    first.text = first.text.slice(0, match.index - offsets[from]!) + match[0];
    first.changed = true;
    for (let k = from + 1; k < to; k++) Object.assign(paragraph[k]!, { text: "", changed: true });
    const last = paragraph[to]!;
    last.text = last.text.slice(match.index + match[0].length - offsets[to]!);
    last.changed = true;
  }
}

/** The part's XML with its placeholders filled. */
export function fillPartXml(xml: string, values: PlaceholderValues): string {
  const elements: TextElement[] = [];
  let paragraph: TextElement[] = [];
  for (const token of xml.matchAll(TOKEN)) {
    if (token[1] === undefined) {
      joinSplitPlaceholders(paragraph);
      paragraph = [];
      continue;
    }
    const element = { start: token.index, end: token.index + token[0].length, text: token[1], changed: false };
    elements.push(element);
    paragraph.push(element);
  }
  joinSplitPlaceholders(paragraph);

  let out = "";
  let position = 0;
  for (const element of elements) {
    let changed = element.changed;
    const text = element.text.replace(PLACEHOLDER, (_, name: string) => {
      if (!isPlaceholderName(name)) throw new TemplateError("UNKNOWN_PLACEHOLDER", name);
      changed = true;
      return valueXml(values[name]);
    });
    if (!changed) continue;
    out += `${xml.slice(position, element.start)}<w:t xml:space="preserve">${text}</w:t>`;
    position = element.end;
  }
  return out + xml.slice(position);
}

/** The filled document; TemplateError when the template is no DOCX or names what cannot be filled. */
export async function fillTemplate(template: Uint8Array, values: PlaceholderValues): Promise<Uint8Array> {
  if (!zipWithinBounds(template)) throw new TemplateError("NOT_DOCX");
  return readWithin(async () => {
    const zip = await JSZip.loadAsync(template);
    if (!zip.file("word/document.xml")) throw new TemplateError("NOT_DOCX");
    for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, fillPartXml(xml, values));
    }
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  });
}
