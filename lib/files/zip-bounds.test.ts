import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ArchiveBoundsError, DOCUMENT_ZIP_LIMITS, readWithin, zipProblem } from "@/lib/files/zip-bounds";
import { docxFile, hugeDocxFile, odtFile, withDeclaredSize } from "@/tests/factories/document-files";

const MB = 1024 * 1024;

describe("zipProblem", () => {
  it("refuses an archive that unpacks past the bound, honestly declared", async () => {
    const bomb = await hugeDocxFile(5 * MB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(zipProblem(bomb, { ...DOCUMENT_ZIP_LIMITS, maxUncompressedBytes: 2 * MB })).toBe("TOO_LARGE_UNPACKED");
  });

  it("refuses a declared size past the bound without unpacking anything", async () => {
    const started = Date.now();
    expect(zipProblem(withDeclaredSize(await docxFile(), "word/document.xml", 3 * 1024 * MB))).toBe(
      "TOO_LARGE_UNPACKED",
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses an entry that unpacks to more than it declares, stopping at the declared size", async () => {
    const liar = withDeclaredSize(await hugeDocxFile(10 * MB), "word/document.xml", 1000);
    const started = Date.now();
    expect(zipProblem(liar)).toBe("TOO_LARGE_UNPACKED");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses too many entries and stops at its deadline", async () => {
    const crowded = new JSZip();
    for (let index = 0; index < 30; index++) crowded.file(`part-${index}.xml`, "<a/>");
    const bytes = await crowded.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(zipProblem(bytes, { ...DOCUMENT_ZIP_LIMITS, maxEntries: 20 })).toBe("TOO_MANY_ENTRIES");
    let clock = 0;
    expect(zipProblem(bytes, { ...DOCUMENT_ZIP_LIMITS, maxMilliseconds: 5 }, () => (clock += 1))).toBe("TOO_SLOW");
  });

  // JSZip, which every reader of ours opens archives with, reads the central
  // directory its own way; each archive below is one it would read differently
  // from the check, so the check must refuse it.
  it("refuses an archive whose end record declares fewer entries than its directory holds", async () => {
    const bytes = Buffer.from(await hugeDocxFile(5 * MB));
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(2, end + 8);
    bytes.writeUInt16LE(2, end + 10);
    // JSZip still finds the third entry, the 5 MB document.
    const opened = await JSZip.loadAsync(bytes);
    expect((await opened.file("word/document.xml")!.async("uint8array")).length).toBeGreaterThan(5 * MB);
    expect(zipProblem(bytes, { ...DOCUMENT_ZIP_LIMITS, maxUncompressedBytes: 2 * MB })).toBe("NOT_A_ZIP");
  });

  it("refuses an archive whose directory does not end where its end record begins", async () => {
    const prefixed = Buffer.concat([Buffer.from("#!/bin/sh\n"), Buffer.from(await docxFile())]);
    expect(zipProblem(prefixed)).toBe("NOT_A_ZIP");
    const decoyed = withDecoyDirectory(await docxFile(), await hugeDocxFile(5 * MB));
    // JSZip shifts every offset by the bytes before the real archive and reads the bomb.
    const opened = await JSZip.loadAsync(decoyed);
    expect((await opened.file("word/document.xml")!.async("uint8array")).length).toBeGreaterThan(5 * MB);
    expect(zipProblem(decoyed, { ...DOCUMENT_ZIP_LIMITS, maxUncompressedBytes: 2 * MB })).toBe("NOT_A_ZIP");
  });

  it("refuses an end record that would send JSZip looking for a ZIP64 directory", async () => {
    const bytes = Buffer.from(await docxFile());
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(0xffff, end + 4);
    expect(zipProblem(bytes)).toBe("TOO_LARGE_UNPACKED");
  });

  it("refuses two entries of one name, as JSZip names them", async () => {
    const shadowed = new JSZip();
    shadowed.file("word/document.xml", "<w:document/>");
    shadowed.file("word/../word/document.xml", "<w:document>inna treść</w:document>");
    expect(zipProblem(await shadowed.generateAsync({ type: "uint8array", compression: "DEFLATE" }))).toBe("NOT_A_ZIP");

    const twice = new JSZip();
    twice.file("word/document.xml", "<w:document/>");
    twice.file("word/documenX.xml", "<w:document>inna treść</w:document>");
    const bytes = Buffer.from(await twice.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    for (let at = bytes.indexOf("word/documenX.xml"); at >= 0; at = bytes.indexOf("word/documenX.xml", at + 1))
      bytes.write("word/document.xml", at);
    expect(zipProblem(bytes)).toBe("NOT_A_ZIP");
  });

  it("lets real DOCX, XLSX and ODT files through", async () => {
    expect(zipProblem(await docxFile())).toBeNull();
    expect(zipProblem(await odtFile())).toBeNull();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Członkowie").addRow(["Imię", "Nazwisko", "Składka"]);
    expect(zipProblem(new Uint8Array(await workbook.xlsx.writeBuffer()))).toBeNull();
  });

  it("calls bytes without an archive's directory no archive", () => {
    expect(zipProblem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("NOT_A_ZIP");
  });
});

describe("readWithin", () => {
  it("gives a reader its result, and stops waiting for one past its time", async () => {
    expect(await readWithin(async () => "tekst", 1000)).toBe("tekst");
    await expect(readWithin(() => new Promise<string>(() => undefined), 20)).rejects.toEqual(
      new ArchiveBoundsError("TOO_SLOW"),
    );
  });
});

/**
 * `real` preceded by `decoy`, laid out so that the offsets in `real`'s end
 * record find `decoy`'s directory when read from the file's start, and
 * `real`'s when shifted by the bytes in front of it, as JSZip shifts them.
 */
function withDecoyDirectory(decoyBytes: Uint8Array, realBytes: Uint8Array): Buffer {
  const decoy = Buffer.from(decoyBytes);
  const real = Buffer.from(realBytes);
  const decoyEnd = decoy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const decoyDirectory = decoy.subarray(decoy.readUInt32LE(decoyEnd + 16), decoyEnd);
  const realEnd = real.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const realDirectoryAt = real.readUInt32LE(realEnd + 16);
  const locals = decoy.subarray(0, decoy.readUInt32LE(decoyEnd + 16));
  if (locals.length > realDirectoryAt) throw new Error("the decoy must be smaller than the real archive's entries");
  const front = Buffer.concat([locals, Buffer.alloc(realDirectoryAt - locals.length), decoyDirectory]);
  return Buffer.concat([front, real]);
}
