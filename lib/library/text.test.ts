import {
  docxFile,
  hugeDocxFile,
  odtFile,
  pdfFile,
  polishPdfFile,
  withDeclaredSize,
} from "@/tests/factories/document-files";
import { ArchiveBoundsError } from "@/lib/files/zip-bounds";
import { extractDocumentText, MAX_TEXT } from "@/lib/library/text";
import JSZip from "jszip";

describe("extractDocumentText", () => {
  it("reads every page of a PDF, Polish letters included", async () => {
    const text = await extractDocumentText(
      await polishPdfFile([
        "Standard współpracy z organizacjami pozarządowymi.",
        "Załącznik: zasady rewitalizacji w gminie Głuchołazy.",
      ]),
      "pdf",
    );
    expect(text).toContain("Standard współpracy z organizacjami pozarządowymi.");
    expect(text).toContain("rewitalizacji w gminie Głuchołazy");
  });

  it("reads a hand-made PDF with the standard Helvetica font", async () => {
    expect(await extractDocumentText(pdfFile("Statut stowarzyszenia Opolskie"), "pdf")).toBe(
      "Statut stowarzyszenia Opolskie",
    );
  });

  it("reads the paragraphs of DOCX and ODT files", async () => {
    const docx = await extractDocumentText(
      await docxFile(["§ 1. Stowarzyszenie nosi nazwę „Żółw”.", "§ 2. Siedzibą jest Opole."]),
      "docx",
    );
    expect(docx).toBe("§ 1. Stowarzyszenie nosi nazwę „Żółw”.\n§ 2. Siedzibą jest Opole.");
    const odt = await extractDocumentText(
      await odtFile(["Sprawozdanie merytoryczne", "Działania & wyniki <2026>"]),
      "odt",
    );
    expect(odt).toContain("Sprawozdanie merytoryczne");
    expect(odt).toContain("Działania & wyniki <2026>");
  });

  it("does not unpack an archive past its bounds", async () => {
    await expect(
      extractDocumentText(withDeclaredSize(await hugeDocxFile(100_000), "word/document.xml", 10), "docx"),
    ).rejects.toBeInstanceOf(ArchiveBoundsError);
    const odt = await (
      await JSZip.loadAsync(await odtFile())
    ).generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(extractDocumentText(withDeclaredSize(odt, "content.xml", 10), "odt")).rejects.toBeInstanceOf(
      ArchiveBoundsError,
    );
  });

  it("does not read spreadsheets or pictures, and cuts very long texts", async () => {
    const zip = new JSZip();
    expect(
      await extractDocumentText(new Uint8Array(await zip.generateAsync({ type: "uint8array" })), "xlsx"),
    ).toBeNull();
    const long = await extractDocumentText(
      await docxFile(Array.from({ length: 60 }, () => "słowo ".repeat(2000))),
      "docx",
    );
    expect(long!.length).toBe(MAX_TEXT);
  });

  it("fails on a damaged PDF (the job then keeps the document findable by title)", async () => {
    await expect(extractDocumentText(new TextEncoder().encode("%PDF-1.4\nnot really a pdf"), "pdf")).rejects.toThrow();
  });
});
