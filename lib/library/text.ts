// The text of a document file, for the library's search: PDF through pdf.js
// (unpdf, which bundles it for servers), DOCX through mammoth, ODT from its
// content.xml. Spreadsheets are not read (their cells are not prose). The
// text is cut at MAX_TEXT characters: enough to find any document by its words.
// Archives are opened only within their bounds and read for a limited time
// (lib/files/zip-bounds.ts): the file may be older than those checks.
import JSZip from "jszip";
import mammoth from "mammoth";
import type { FileKind } from "@/lib/files/kinds";
import { readWithin, zipWithinBounds } from "@/lib/files/zip-bounds";

export const MAX_TEXT = 500_000;

const tidy = (text: string) =>
  text
    .replace(/\u0000/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim()
    .slice(0, MAX_TEXT);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { definePDFJSModule, extractText, getDocumentProxy } = await import("unpdf");
  // Named here (not left to unpdf's own lookup) so every runner, Jest too, resolves the same bundle.
  await definePDFJSModule(() => import("unpdf/pdfjs"));
  // pdf.js may detach the buffer it is given: it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } finally {
    await pdf.destroy();
  }
}

async function odtText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const content = await zip.file("content.xml")?.async("string");
  if (!content) return "";
  return content
    .replace(/<text:(p|h)\b[^>]*>/g, "\n")
    .replace(/<text:(tab|s)\b[^>]*\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The file's text, or null for kinds that are not read (spreadsheets, pictures). */
export async function extractDocumentText(bytes: Uint8Array, kind: FileKind): Promise<string | null> {
  switch (kind) {
    case "pdf":
      return tidy(await pdfText(bytes));
    case "docx":
      if (!zipWithinBounds(bytes)) return "";
      return tidy(await readWithin(async () => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value));
    case "odt":
      if (!zipWithinBounds(bytes)) return "";
      return tidy(await readWithin(() => odtText(bytes)));
    default:
      return null;
  }
}
