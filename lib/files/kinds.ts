// What a file is, decided from its bytes. The name's extension and the
// browser's Content-Type are the uploader's claims and are ignored: a PDF is
// a file that starts with "%PDF-"; an Office Open XML or OpenDocument file is
// a ZIP archive holding that format's parts. Anything else is refused. An
// archive is opened only within its bounds (lib/files/zip-bounds.ts).
import JSZip from "jszip";
import { zipWithinBounds } from "@/lib/files/zip-bounds";

export const FILE_KINDS = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extension: "odt" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  png: { contentType: "image/png", extension: "png" },
  jpeg: { contentType: "image/jpeg", extension: "jpg" },
  webp: { contentType: "image/webp", extension: "webp" },
  // A detached or enveloping XAdES signature (a confirmation of submission signed with a qualified
  // signature or the trusted profile): accepted by that one upload only (lib/offers/confirmations).
  xades: { contentType: "application/xml", extension: "xml" },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** Documents people attach to records (statutes, reports, consultation papers). */
export const DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "docx", "odt", "xlsx", "ods"];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

async function zipKind(bytes: Uint8Array): Promise<FileKind | null> {
  if (!zipWithinBounds(bytes)) return null;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return null;
  }
  const names = Object.keys(zip.files);
  // OpenDocument: an uncompressed "mimetype" entry names the format.
  const mimetype = zip.file("mimetype");
  if (mimetype) {
    const declared = (await mimetype.async("string")).trim();
    if (declared === FILE_KINDS.odt.contentType) return "odt";
    if (declared === FILE_KINDS.ods.contentType) return "ods";
    return null;
  }
  if (!zip.file("[Content_Types].xml")) return null;
  // Macro-enabled documents (.docm, .xlsm) are refused: nobody needs to run code from a statute.
  if (names.some((name) => /vbaProject\.bin$/i.test(name))) return null;
  if (zip.file("word/document.xml")) return "docx";
  if (zip.file("xl/workbook.xml")) return "xlsx";
  return null;
}

/** How far into an XML file its signature element must appear (a signed confirmation is small). */
const XADES_SCAN_BYTES = 64 * 1024;

/**
 * An XML document carrying an XML-DSig signature (ds:Signature, or any prefix
 * bound to the XML-DSig or XAdES namespace). The platform does not verify the
 * signature (it holds no trust list): the office accepts or rejects the file.
 */
function isXades(bytes: Uint8Array): boolean {
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (!startsWith(bytes, ascii("<?xml"), bom)) return false;
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, XADES_SCAN_BYTES));
  return (
    /<([A-Za-z_][\w.-]*:)?Signature[\s>]/.test(head) &&
    /http:\/\/www\.w3\.org\/2000\/09\/xmldsig#|http:\/\/uri\.etsi\.org\/01903/.test(head)
  );
}

/** The kind the bytes really are, or null when they are none we accept; ArchiveBoundsError for a zip bomb. */
export async function sniffFileKind(bytes: Uint8Array): Promise<FileKind | null> {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (isXades(bytes)) return "xades";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return null;
}

/**
 * The uploader's name made safe to offer back: no folders, no control or
 * reserved characters, at most 150 characters, and the extension of the kind
 * the content really is.
 */
export function cleanFileName(name: string, kind: FileKind): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.[^.]{1,8}$/, "")
    .replace(/^\.+/, "")
    .slice(0, 150)
    .trim();
  return `${base || "plik"}.${FILE_KINDS[kind].extension}`;
}
