import fc from "fast-check";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cleanFileName, sniffFileKind } from "@/lib/files/kinds";
import { ArchiveBoundsError } from "@/lib/files/zip-bounds";
import { docxFile, hugeDocxFile, odtFile, pdfFile, withDeclaredSize } from "@/tests/factories/document-files";

const text = (value: string) => new TextEncoder().encode(value);

describe("sniffFileKind", () => {
  it("recognises each accepted kind by its content", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Arkusz").addRow(["Nazwa", "KRS"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await sniffFileKind(pdfFile())).toBe("pdf");
    expect(await sniffFileKind(await docxFile())).toBe("docx");
    expect(await sniffFileKind(await odtFile())).toBe("odt");
    expect(await sniffFileKind(xlsx)).toBe("xlsx");
    expect(await sniffFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("png");
    expect(await sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
  });

  it("refuses what only claims to be a document", async () => {
    expect(await sniffFileKind(text("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(await sniffFileKind(text("MZ\x90\x00 an executable"))).toBeNull();
    expect(await sniffFileKind(text(" %PDF-1.4 not at the start"))).toBeNull();
    // A ZIP that is neither Office Open XML nor OpenDocument.
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    expect(await sniffFileKind(await zip.generateAsync({ type: "uint8array" }))).toBeNull();
    // A ZIP signature followed by garbage.
    expect(await sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });

  it("refuses documents with macros and OpenDocument of other kinds", async () => {
    expect(await sniffFileKind(await docxFile(["x"], { withMacros: true }))).toBeNull();
    const presentation = new JSZip();
    presentation.file("mimetype", "application/vnd.oasis.opendocument.presentation");
    expect(await sniffFileKind(await presentation.generateAsync({ type: "uint8array" }))).toBeNull();
  });
});

describe("sniffFileKind and zip bombs", () => {
  it("refuses an archive that unpacks to more than it declares, quickly and with its own reason", async () => {
    const bomb = withDeclaredSize(await hugeDocxFile(10 * 1024 * 1024), "word/document.xml", 2000);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const started = Date.now();
    await expect(sniffFileKind(bomb)).rejects.toEqual(new ArchiveBoundsError("TOO_LARGE_UNPACKED"));
    expect(Date.now() - started).toBeLessThan(1000);
    const odt = withDeclaredSize(await odtFile(), "mimetype", 3 * 1024 * 1024 * 1024);
    await expect(sniffFileKind(odt)).rejects.toEqual(new ArchiveBoundsError("TOO_LARGE_UNPACKED"));
  });
});

describe("cleanFileName", () => {
  it("keeps Polish names and gives the detected kind's extension", () => {
    expect(cleanFileName("Statut Żółw 2025.pdf", "pdf")).toBe("Statut Żółw 2025.pdf");
    expect(cleanFileName("sprawozdanie.exe", "docx")).toBe("sprawozdanie.docx");
    expect(cleanFileName("C:\\Users\\ania\\raport.odt", "odt")).toBe("raport.odt");
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(cleanFileName("", "pdf")).toBe("plik.pdf");
    expect(cleanFileName('a"b<c>\u0007.pdf', "pdf")).toBe("abc.pdf");
  });

  it("never yields a path, a control character or an overlong name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), (name) => {
        const cleaned = cleanFileName(name, "pdf");
        return (
          !/[\\/\u0000-\u001f]/.test(cleaned) &&
          cleaned.endsWith(".pdf") &&
          cleaned.length <= 154 &&
          !cleaned.startsWith(".")
        );
      }),
    );
  });
});

describe("signed XML (XAdES)", () => {
  const xml = (body: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);

  it("is a signed confirmation when it carries an XML-DSig signature", async () => {
    const signed = xml(
      '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="s1"><ds:SignedInfo/><ds:Object><xades:QualifyingProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#"/></ds:Object></ds:Signature>',
    );
    expect(await sniffFileKind(signed)).toBe("xades");
    expect(await sniffFileKind(new Uint8Array([0xef, 0xbb, 0xbf, ...signed]))).toBe("xades");
    expect(cleanFileName("potwierdzenie.pdf.xades", "xades")).toBe("potwierdzenie.pdf.xml");
  });

  it("refuses XML without a signature, and a signature element outside the XML-DSig namespace", async () => {
    expect(await sniffFileKind(xml("<oferta><tytul>Seniorzy</tytul></oferta>"))).toBeNull();
    expect(await sniffFileKind(xml('<Signature xmlns="urn:example:not-dsig">x</Signature>'))).toBeNull();
    expect(await sniffFileKind(new TextEncoder().encode("<html><Signature/></html>"))).toBeNull();
  });
});
