// Small but real documents of every kind the platform accepts, built in
// memory, for tests of content checks, uploads and downloads.
import JSZip from "jszip";
import { createPdf } from "@/lib/pdf/document";

/** A one-page PDF whose page says `text` (ASCII). */
export function pdfFile(text = "Statut stowarzyszenia"): Uint8Array {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A DOCX with one paragraph per line of `paragraphs`; `withMacros` adds a VBA part (a .docm in disguise). */
export async function docxFile(
  paragraphs: string[] = ["§ 1. Stowarzyszenie nosi nazwę „Żółw”."],
  options: { withMacros?: boolean } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  if (options.withMacros) zip.file("word/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  return zip.generateAsync({ type: "uint8array" });
}

/** An OpenDocument text with the given paragraphs. */
export async function odtFile(paragraphs: string[] = ["Sprawozdanie merytoryczne"]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  const body = paragraphs.map((text) => `<text:p>${escapeXml(text)}</text:p>`).join("");
  zip.file(
    "content.xml",
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** A PDF with one page per entry of `pages`, in DejaVu Sans (Polish letters), as the platform's reports are made. */
export async function polishPdfFile(pages: string[]): Promise<Uint8Array> {
  const { doc, finish } = createPdf({ title: "Dokument testowy", subject: "Test" });
  pages.forEach((text, index) => {
    if (index > 0) doc.addPage();
    doc.font("regular").fontSize(12).text(text);
  });
  return finish();
}

/**
 * The archive with `entry`'s declared unpacked size replaced (in its local
 * header and the central directory), as a zip bomb lies about it.
 */
export function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(entry);
  const named = (at: number, nameAt: number, length: number) =>
    length === name.length && name.every((byte, i) => bytes[at + nameAt + i] === byte);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 30, view.getUint16(at + 26, true))) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at, 46, view.getUint16(at + 28, true))) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

/** A DOCX whose text part unpacks to `bytes` bytes of spaces (a few kilobytes packed). */
export async function hugeDocxFile(bytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docxFile());
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  zip.file("word/document.xml", head + " ".repeat(bytes) + "</w:t></w:r></w:p></w:body></w:document>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
